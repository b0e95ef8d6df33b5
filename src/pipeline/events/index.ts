/** Event extraction, gazetteer and cross-article clustering (see src/resources/README.md for the data formats). */
export { loadEventResources, compileLanguage, addGazetteer, userGazetteerFiles, USER_GAZETTEER } from './resources.ts';
export type { LanguageEventData, GazetteerData, LoadOptions } from './resources.ts';
export { extractMentions } from './extract.ts';
export { namedEventMentions } from './namedEvents.ts';
export { clusterMentions, bestDate } from './cluster.ts';
export { eventTitle, eventId } from './title.ts';
export { typeFamily } from './families.ts';
export type { EventResources, MentionCandidate } from './types.ts';
/** For joint document dating: how a mention's date follows from a document date. */
export { timexDate, documentDate as undatedMentionDate, reportedWindow } from './dateAttach.ts';
export { analyseSentence } from './sentence.ts';
export { officeHoldings, sentenceTexts } from './officeHoldings.ts';
export type { SentenceInfo } from './sentence.ts';

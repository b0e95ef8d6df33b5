import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/national-nl-pl.json' with { type: 'json' };

/**
 * Dutch, Flemish and Polish national news of gazetteer/newsEvents/national-nl-pl.json, read from the real data:
 * an article that names one of them with "gisteren"/"wczoraj" or a weekday is dated just after it.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('Dutch and Flemish national news dates the article', () => {
  it.each([
    // The Stint hit a train in Oss on Thursday 2018-09-20.
    ['Het Stint-ongeluk in Oss heeft gisteren vier kinderen het leven gekost. De elektrische bolderkar reed bij een spoorwegovergang tegen een trein. Het kabinet sprak van een onvoorstelbaar drama.', '2018-09-21'],
    // Taghi was arrested in Dubai on Monday 2019-12-16.
    ['Na de arrestatie van Ridouan Taghi in Dubai reageerde het Openbaar Ministerie dinsdag opgelucht. Justitie wil de verdachte zo snel mogelijk naar Nederland halen.', '2019-12-17'],
    ['De val van het kabinet-Schoof was gisteren het enige gespreksonderwerp in Den Haag. Wilders trok zijn ministers terug uit de coalitie. De premier bood zijn ontslag aan bij de koning.', '2025-06-04'],
    ['Het Marengo-vonnis viel gisteren in de extra beveiligde rechtbank in Osdorp. Ridouan Taghi kreeg levenslang. Zijn advocaten overwegen hoger beroep.', '2024-02-28'],
    ['Na de eedaflegging van de regering-De Wever gisteren in het Koninklijk Paleis ging de nieuwe ploeg meteen aan het werk. De eerste ministerraad duurde tot middernacht.', '2025-02-04'],
    // The roof fell on Saturday 2019-08-10; "maandag" is the 12th. The copy words the name loosely ("ingestorte").
    ['Experts onderzochten maandag het ingestorte dak van het AZ-stadion in Alkmaar. Door de harde wind bezweek zaterdag een deel van de overkapping. Niemand raakte gewond.', '2019-08-12'],
    ['De gasontploffing in Luik heeft gisteren aan zeker vijf mensen het leven gekost. Reddingswerkers zoeken in het puin nog naar vermisten.', '2010-01-28'],
    ['Het faillissement van DSB Bank werd gisteren uitgesproken door de rechtbank in Amsterdam. Duizenden klanten vrezen voor hun spaargeld.', '2009-10-20'],
    ['De treinbotsing bij Westerpark heeft gisteren aan een vrouw het leven gekost. Tientallen reizigers raakten gewond.', '2012-04-22'],
    // The verdict's name holds the attacks' own name ("aanslagen van 22 maart", 2016): the longer name wins.
    ['Na de uitspraak in het proces over de aanslagen van 22 maart reageerden de nabestaanden gisteren opgelucht. Zes beschuldigden werden schuldig bevonden aan terroristische moord.', '2023-07-26'],
    ['De aanval op het kinderdagverblijf in Dendermonde heeft gisteren drie levens geëist. De dader werd op de vlucht gearresteerd.', '2009-01-24'],
  ])('nl: %s', (text, day) => {
    expect(dateOf(text, 'nl')).toEqual({ value: day, precision: 'day' });
  });

  it('fr: a Belgian event named in French dates a French article', () => {
    expect(dateOf("La catastrophe ferroviaire de Pécrot a fait huit morts hier. Deux trains sont entrés en collision sur une voie unique.", 'fr'))
      .toEqual({ value: '2001-03-28', precision: 'day' });
  });
});

describe('Polish national news dates the article', () => {
  it.each([
    ['Katastrofa CASA pod Mirosławcem: wczoraj wieczorem rozbił się wojskowy samolot transportowy. Zginęło 20 osób, w tym wysocy rangą oficerowie lotnictwa.', '2008-01-24'],
    ['Liczba ofiar wybuchu metanu w kopalni Wujek-Śląsk, do którego doszło wczoraj, wzrosła do dwunastu. Ratownicy wciąż walczą o życie rannych górników.', '2009-09-19'],
    ['Zaprzysiężenie Karola Nawrockiego odbyło się wczoraj przed Zgromadzeniem Narodowym. Nowy prezydent zapowiedział pierwsze weta.', '2025-08-07'],
    // Kamiński and Wąsik were detained on Tuesday 2024-01-09.
    ['Zatrzymanie Kamińskiego i Wąsika wywołało w środę burzę w Sejmie. Posłowie opozycji blokowali mównicę.', '2024-01-10'],
    ['Awaryjne lądowanie kapitana Wrony: wczoraj boeing PLL LOT wylądował na Okęciu bez wysuniętego podwozia. Nikt z 231 osób na pokładzie nie ucierpiał.', '2011-11-02'],
    ['Marsz Miliona Serc przeszedł wczoraj ulicami Warszawy. Według ratusza wzięło w nim udział blisko milion osób.', '2023-10-02'],
    // The publication's name holds the ruling's own name (2020-10-22): the longer name wins.
    ['Publikacja wyroku TK w sprawie aborcji nastąpiła wczoraj wieczorem w Dzienniku Ustaw. Przed siedzibą Trybunału zebrali się protestujący.', '2021-01-28'],
    // Tusk was elected twice (2014, 2017); the 27:1 vote and Saryusz-Wolski are cues of 2017.
    ['Wybór Donalda Tuska na przewodniczącego Rady Europejskiej przeszedł wczoraj stosunkiem głosów 27 do 1. Przeciw był tylko rząd w Warszawie, który wystawił Jacka Saryusz-Wolskiego.', '2017-03-10'],
    // Tusk's governments were sworn in in 2007, 2011 and 2023; Hołownia as Speaker points to 2023.
    ['Zaprzysiężenie rządu Donalda Tuska odbyło się wczoraj w Pałacu Prezydenckim. Wicepremierem został lider PSL, a marszałkiem Sejmu jest Szymon Hołownia.', '2023-12-14'],
    ['Otwarcie tunelu w Świnoujściu odbyło się wczoraj. Mieszkańcy wyspy Uznam nie muszą już czekać na prom.', '2023-07-01'],
    // The lightning struck on Thursday 2019-08-22.
    ['Po tragedii na Giewoncie ratownicy TOPR apelowali w piątek, by w czasie burzy nie wychodzić w góry. Zginęły cztery osoby.', '2019-08-23'],
    ['Pierwszy przypadek koronawirusa w Polsce potwierdził wczoraj minister zdrowia. Chory przebywa w szpitalu w Zielonej Górze.', '2020-03-05'],
  ])('pl: %s', (text, day) => {
    expect(dateOf(text, 'pl')).toEqual({ value: day, precision: 'day' });
  });
});

describe('national-nl-pl names are found', () => {
  it.each([
    ['nl', 'Het overlijden van prins Claus trof het hele land.', 'death-of-prince-claus-2002'],
    ['nl', 'De val van het kabinet-Balkenende IV kwam niet als verrassing.', 'fall-of-balkenende-iv-2010'],
    ['nl', 'Na de avondklokrellen werden honderden relschoppers opgepakt.', 'dutch-curfew-riots-2021'],
    ['nl', 'Het rapport Ongekend onrecht werd aangeboden aan de Kamervoorzitter.', 'childcare-benefits-inquiry-report-2020'],
    ['nl', 'Na de rellen in Haren volgde een onderzoek.', 'project-x-haren-2012'],
    ['nl', 'Sinds de verdwijning van Jürgen Conings is het leger in staat van paraatheid.', 'jurgen-conings-disappearance-2021'],
    ['nl', 'De schietpartij van Hans Van Themsche maakte twee doden.', 'van-themsche-antwerp-shooting-2006'],
    ['fr', "Après l'explosion de la rue Léopold, le quartier a été évacué.", 'liege-rue-leopold-explosion-2010'],
    ['pl', 'Po katastrofie w kopalni Zofiówka prokuratura wszczęła śledztwo.', 'zofiowka-mine-tremor-2018'],
    ['pl', 'Od czasu zaginięcia Iwony Wieczorek minęło wiele lat.', 'iwona-wieczorek-disappearance-2010'],
    ['pl', 'W Sali Kolumnowej odbyło się głosowanie nad budżetem.', 'sejm-column-hall-vote-2016'],
    ['pl', 'Wyrok w sprawie K 3/21 wywołał spór z Brukselą.', 'constitutional-tribunal-eu-law-ruling-2021'],
    ['pl', 'Przed startem programu 500 plus rząd zapowiadał kampanię informacyjną.', 'family-500-plus-launch-2016'],
    ['pl', 'Triumf Małysza w Turnieju Czterech Skoczni zapoczątkował małyszomanię.', 'malysz-four-hills-title-2001'],
    ['pl', 'Kibice wspominają zwycięstwo Kubicy w Grand Prix Kanady.', 'kubica-first-f1-win-2008'],
    ['en', 'The Marengo verdict closed the largest criminal trial in Dutch history.', 'marengo-verdict-2024'],
  ])('%s: finds %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    ['nl', 'De ministerraad vergaderde gisteren over de begroting voor volgend jaar. In Haren werd een nieuwe brug geopend.'],
    ['nl', 'Het kabinet kondigde een nieuw dak voor het stadion in Alkmaar aan; het treinverkeer in Oss liep vertraging op.'],
    ['pl', 'Premier odwiedził wczoraj Świnoujście i rozmawiał z rybakami o cenach paliwa.'],
    ['pl', 'Wczoraj w Sejmie posłowie debatowali nad ustawą o podatkach, a prezydent spotkał się z górnikami z kopalni w Rudzie Śląskiej.'],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });
});

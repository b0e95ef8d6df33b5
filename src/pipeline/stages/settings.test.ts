/** Site settings: validation in plain words, and the file read from a sources folder into the timeline. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditorFiles } from '../io/readEditorFiles.ts';
import { applyEditorFiles } from '../index.ts';
import { SCHEMA } from '../../model/timeline.ts';
import { SETTINGS_FILE, validateSettings } from './settings.ts';

const GOOD = {
  title: 'Kim and Putin, 2019–2025',
  introduction: 'Every meeting between the two leaders, as five newspapers reported it.',
  initialRange: ['2023-07-01', '2023-10-31'],
  filters: { types: ['meeting', 'visit'], statuses: ['occurred'], q: 'Putin' },
  accentColor: '#B0413E',
  locale: 'en-gb',
};

describe('validateSettings', () => {
  it('keeps every valid setting, normalised', () => {
    const { settings, warnings } = validateSettings(GOOD);
    expect(warnings).toEqual([]);
    expect(settings).toEqual({
      title: GOOD.title, introduction: GOOD.introduction, initialRange: ['2023-07-01', '2023-10-31'],
      filters: { types: ['meeting', 'visit'], statuses: ['occurred'], q: 'Putin' }, accentColor: '#b0413e', locale: 'en-GB',
    });
    expect(validateSettings({ initialRange: { from: '2020-01-01', to: '2020-12-31' } }).settings.initialRange).toEqual(['2020-01-01', '2020-12-31']);
    expect(validateSettings({})).toEqual({ settings: {}, warnings: [] });
  });

  it('drops each bad value with a clear warning and keeps the rest', () => {
    const { settings, warnings } = validateSettings({
      title: 'Fine', introduction: 42, initialRange: ['2023-12-01', '2023-01-01'], filters: { types: ['picnic'], colour: [] },
      accentColor: 'red; background: url(x)', locale: 'not a locale!', theme: 'dark',
    });
    expect(settings).toEqual({ title: 'Fine' });
    const text = warnings.map((w) => w.message).join('\n');
    for (const key of ['"theme" is not a known setting', '"introduction" must be', '"initialRange" starts (2023-12-01) after', '"filters.types" has unknown values "picnic"', '"filters.colour" is not a filter', '"accentColor" must be a hex colour', '"locale" must be a language tag']) {
      expect(text).toContain(key);
    }
    expect(warnings.every((w) => w.file === SETTINGS_FILE && w.code === 'settings-invalid')).toBe(true);
    expect(validateSettings([1, 2]).warnings).toHaveLength(1);
  });
});

describe('the settings file in a sources folder', () => {
  it('is read into timeline.settings; a broken file is a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-settings-'));
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify(GOOD));
    const empty = { schema: SCHEMA, articles: [], events: [], warnings: [] };
    const withSettings = applyEditorFiles(empty, readEditorFiles(dir));
    expect(withSettings.settings?.title).toBe(GOOD.title);
    expect(withSettings.warnings).toEqual([]);
    writeFileSync(join(dir, SETTINGS_FILE), '{ "title": ');
    const broken = applyEditorFiles(empty, readEditorFiles(dir));
    expect(broken.settings).toBeUndefined();
    expect(broken.warnings).toEqual([expect.objectContaining({ file: SETTINGS_FILE, code: 'settings-invalid', message: expect.stringContaining('not valid JSON') })]);
  });

  it('is not warned about as a skipped file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-settings-'));
    cpSync('seeds/000_af0fb08b442df844.txt', join(dir, 'a.txt'));
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ title: 'T' }));
    expect(readEditorFiles(dir).warnings).toEqual([]);
  });
});

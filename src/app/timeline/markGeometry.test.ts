import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { MAX_LABEL_CHARS, markLabel, markLabelLength } from './markGeometry.ts';

describe('markLabelLength', () => {
  it('is the length of the label, short, long, with spaces and punctuation before the cut', () => {
    for (const title of ['', 'Summit', 'x'.repeat(MAX_LABEL_CHARS), 'x'.repeat(MAX_LABEL_CHARS + 1),
      'Neshen Rosnes and Isya Nesvoros announce sanctions in Linku', 'Kim Jong Un and Vladimir Putin, meet – again; at the Vostochny Cosmodrome',
      'Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,   . Bbbbb', ' leading space then a very long word aaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'Words\u00a0joined\u2009by\u3000odd\u202fspaces and more words after them here']) {
      expect(markLabelLength(title), title).toBe(markLabel(title).length);
    }
  });

  const piece = fc.constantFrom('a', 'Z', ' ', ',', '.', ';', ':', '–', '-', '\t', '\u00a0', '\u2009', '\u3000', 'é', '漢', '…');
  test.prop([fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(''))])('equals markLabel(title).length', (title) => {
    expect(markLabelLength(title)).toBe(markLabel(title).length);
  });
});

/**
 * Events the seed articles must produce, found by the accessible name of their timeline mark
 * ("title, date in words, status, N sources"). Shared by the e2e specs; adjust here if titles change.
 */
export const KNOWN_EVENTS: ReadonlyArray<{ what: string; name: RegExp }> = [
  { what: 'Shoigu visits Pyongyang / North Korea in July 2023', name: /Shoigu.*, July 2023, / },
  { what: 'Kim and Putin met in Vladivostok in 2019', name: /(Kim Jong Un.*Putin|Putin.*Kim Jong Un).*Vladivostok.*, (\d+ )?(April )?2019, occurred/ },
  { what: 'Kim and Putin expected to meet in September 2023, several sources', name: /(Kim Jong Un.*Putin|Putin.*Kim Jong Un).*, September 2023, (expected|planned), ([3-9]|\d\d+) sources/ },
  { what: 'Putin and Kim met in Beijing in September 2025', name: /(Kim Jong Un.*Putin|Putin.*Kim Jong Un).*Beijing.*, (\d+ )?September 2025, occurred/ },
  { what: 'Choe Son Hui at the Kremlin on 27 October 2025', name: /Choe Son Hui.*Putin.*, 27 October 2025, occurred/ },
];

/**
 * The event whose panel, quotes and reader the specs open: the September 2023 Kim–Putin meeting, whatever status
 * the pipeline gives it (the status itself is checked by KNOWN_EVENTS), so interaction tests fail only for UI reasons.
 */
export const KIM_PUTIN_2023 = /(Kim Jong Un.*Putin|Putin.*Kim Jong Un).*, September 2023, /;

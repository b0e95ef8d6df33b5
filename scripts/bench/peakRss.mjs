// Preloaded into a benchmarked child (`node --import ./scripts/bench/peakRss.mjs ...`): reports the process's peak
// resident memory (all its threads) on stderr as it exits, so the benchmark needs no /usr/bin/time.
process.on('exit', () => {
  process.stderr.write(`\nbench-peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});

// `node --import ./peak-rss.mjs script`: prints the process's peak resident memory (KB) on stderr when it exits.
process.on('exit', () => process.stderr.write(`\npeak-rss ${process.resourceUsage().maxRSS}\n`));

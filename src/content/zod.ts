import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it can; the PWA's Content Security Policy forbids eval, and the
// probe shows up as a violation. The interpreted parser is fast enough for our files.
z.config({ jitless: true });

export { z };

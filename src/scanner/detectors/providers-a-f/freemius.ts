import type { CodeDetector, RawMatch } from '../../types.js';

// Freemius SDK configuration: the plugin's `secret_key` is `sk_` + 29 printable characters, set in
// a PHP array (`'secret_key' => 'sk_…'`). https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/
const secretKeyEntry =
  /(["'])secret_key\1[ \t]{0,4}=>[ \t]{0,4}(["'])(?<secret>sk_[\x21\x23-\x26\x28-\x7e]{29})\2/g;

// `=>` arrays in markup or documentation files are examples, not configuration.
const notPhp = /\.(?:html?|xml|md|markdown|rst|adoc|json|ya?ml|js|ts|css)$/i;

/** Freemius secret keys in PHP configuration arrays. */
export const freemiusDetectors: CodeDetector[] = [
  {
    id: 'freemius-secret-key',
    description: 'Freemius secret key',
    secretType: 'Freemius secret key',
    provider: 'freemius',
    strength: 'contextual',
    keywords: ['secret_key'],
    // Reads its segment's lines only.
    reach: { before: 0, after: 0 },
    minEntropy: 3.5,
    detect({ text, start, end, path }): RawMatch[] {
      if (notPhp.test(path)) return [];
      const slice = text.slice(start, end);
      const matches: RawMatch[] = [];
      for (const match of slice.matchAll(secretKeyEntry)) {
        const secret = match.groups?.secret as string;
        const offset = start + (match.index as number) + match[0].length - secret.length - 1;
        matches.push({ start: offset, end: offset + secret.length, secret });
      }
      return matches;
    },
    examples: {
      positive: [`"secret_key" => "sk_{an:9}#{an:8}&@*{an:8}",`, `'secret_key' => 'sk_{b64:29}',`],
      negative: [`"other_key" => "sk_{l:29}",`, `"secret_key" => "sk_{an:12}" . $suffix,`],
    },
  },
];

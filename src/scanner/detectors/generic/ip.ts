import type { CodeDetector, RawMatch } from '../../types.js';
import { rawMatch } from './util.js';

const octet = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ipv4 = new RegExp(`(?<![\\w.])${octet}(?:\\.${octet}){3}(?::\\d{1,5})?(?![\\w.])`, 'g');

/** Private, loopback, link-local, multicast and reserved IPv4 ranges (RFC 1918, 3927, 5735). */
function isNonPublic(ip: string): boolean {
  const [a = 0, b = 0] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** Public IPv4 addresses (detect-secrets IPPublicDetector); off by default, since most are not secrets. */
export const ipPublicDetector: CodeDetector = {
  id: 'ip-public',
  description: 'Public IPv4 address',
  secretType: 'Public IP (ipv4)',
  provider: 'generic',
  strength: 'generic',
  keywords: [],
  // The last digit of the first octet, then the dots: every address holds this, and a digit
  // followed by a dot is far rarer than a digit, so fewer lines wait on the full pattern.
  trigger: '[0-9]\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]',
  enabledByDefault: false,
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  detect: (segment) => {
    const out: RawMatch[] = [];
    const slice = segment.text.slice(segment.start, segment.end);
    ipv4.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = ipv4.exec(slice)) !== null) {
      if (!isNonPublic(match[0])) out.push(rawMatch(segment.start + match.index, match[0]));
    }
    return out;
  },
  examples: {
    positive: ['upstream = "8.{d:1}.1{d:1}.2{d:1}"', 'HOST_IP=8{d:1}.1{d:2}.2{d:1}.1{d:1}'],
    negative: ['listen = "192.168.{d:1}.{d:2}"', 'version = "1.2.3.4.5"'],
  },
};

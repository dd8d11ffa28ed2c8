import type { CodeDetector, PatternDetector, RawMatch, Segment } from '../../types.js';
import { prefixed } from './shared.js';

// API keys: https://cloud.google.com/docs/authentication/api-keys (39 characters, `AIza` then 35 base64url).
// OAuth client secrets: `GOCSPX-` then 28 base64url characters (client_secret.json downloads).
// OAuth 2.0 access tokens start `ya29.`; refresh tokens start `1//` (developers.google.com/identity/protocols/oauth2).

const typeLine = /"type"[ \t]{0,5}:[ \t]{0,5}"(?<secret>service_account)"/dg;
const keyId = /"private_key_id"[ \t]{0,5}:[ \t]{0,5}"(?<id>[^"\n]{0,100})"/;

/**
 * A Google Cloud service account key file, found by its `"type": "service_account"` line. When
 * the file names a `private_key_id` that is not 40 hex characters it is a template, not a key.
 */
const serviceAccountKeyFile: CodeDetector = {
  id: 'gcp-service-account',
  description: 'Google Cloud service account key file (JSON)',
  secretType: 'Google Cloud Service Account Key',
  provider: 'gcp',
  strength: 'prefixed',
  keywords: ['service_account'],
  // The key file's `private_key_id`, anywhere in the next 20,000 characters.
  reach: { before: 0, after: 20_000 },
  detect(segment: Segment): RawMatch[] {
    const slice = segment.text.slice(segment.start, segment.end);
    const matches: RawMatch[] = [];
    const id = keyId.exec(segment.text.slice(segment.start, segment.start + 20_000))?.groups?.id;
    if (id !== undefined && !/^[0-9a-f]{40}$/.test(id)) return matches;
    for (const match of slice.matchAll(typeLine)) {
      const span = match.indices?.groups?.secret;
      if (!span) continue;
      matches.push({
        start: segment.start + span[0],
        end: segment.start + span[1],
        secret: id ?? 'service_account',
      });
    }
    return matches;
  },
  examples: {
    positive: [
      '{\n  "type": "service_account",\n  "project_id": "{l:8}-{d:6}",\n  "private_key_id": "{hex:40}"\n}',
      '{"type":"service_account","private_key_id":"{hex:40}","client_email":"ci@{l:6}.iam.gserviceaccount.com"}',
    ],
    negative: [
      '{"type": "service_account_key", "private_key_id": "{hex:40}"}',
      '{"type": "service_account", "private_key_id": "<KEY_ID>"}',
    ],
  },
};

/** Google Cloud / Maps / Firebase / Gemini API keys, Google OAuth client secrets and tokens. */
export const googleDetectors: (PatternDetector | CodeDetector)[] = [
  prefixed({
    id: 'gcp-api-key',
    description: 'Google Cloud API key (Maps, Firebase, Gemini and other Google APIs)',
    secretType: 'Google API Key',
    provider: 'gcp',
    keywords: ['aiza'],
    prefix: 'AIza',
    body: '[A-Za-z0-9_-]{35}',
    pattern: '(?<![A-Za-z0-9_-])(?<secret>AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])',
    positive: [
      'GOOGLE_API_KEY=AIza{b64u:35}',
      'const firebaseConfig = { apiKey: "AIzaSy{an:33}" };',
    ],
    negative: ['AIza{an:30}', 'XAIza{an:35}', 'key: AIza{an:40}'],
  }),
  serviceAccountKeyFile,
  prefixed({
    id: 'google-oauth-client-secret',
    description: 'Google OAuth 2.0 client secret',
    secretType: 'Google OAuth Client Secret',
    provider: 'google',
    keywords: ['gocspx-'],
    prefix: 'GOCSPX-',
    body: '[A-Za-z0-9_-]{28}',
    pattern: '(?<![A-Za-z0-9_-])(?<secret>GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])',
    positive: ['"client_secret": "GOCSPX-{b64u:28}",', 'GOOGLE_CLIENT_SECRET=GOCSPX-{an:28}'],
    negative: ['GOCSPX-{an:20}', 'GOCSPX-{an:40}'],
  }),
  prefixed({
    id: 'google-oauth-access-token',
    description: 'Google OAuth 2.0 access token',
    secretType: 'Google OAuth Access Token',
    provider: 'google',
    keywords: ['ya29.'],
    prefix: 'ya29\\.',
    body: '[A-Za-z0-9_-]{30,2048}',
    positive: ['Authorization: Bearer ya29.{b64u:120}', 'access_token = "ya29.a0{an:150}"'],
    negative: ['ya29.{an:10}', 'xya29.{an:120}'],
  }),
  prefixed({
    id: 'google-oauth-refresh-token',
    description: 'Google OAuth 2.0 refresh token',
    secretType: 'Google OAuth Refresh Token',
    provider: 'google',
    keywords: ['1//0'],
    prefix: '1//0',
    body: '[A-Za-z0-9_-]{60,500}',
    pattern: '(?<![A-Za-z0-9_/:-])(?<secret>1//0[A-Za-z0-9_-]{60,500})(?![A-Za-z0-9_-])',
    positive: ['"refresh_token": "1//0{b64u:99}",', 'GOOGLE_REFRESH_TOKEN=1//0g{an:100}'],
    negative: ['x = 1//0{an:20}', 'http://1//0{an:80}'],
  }),
];

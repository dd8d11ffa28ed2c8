import type { CodeDetector, PatternDetector, RawMatch, Segment } from '../../types.js';
import { assignedSecretPattern } from '../patterns.js';

// Bot tokens: https://discord.com/developers/docs/reference#authentication — three base64url
// parts joined by dots: the bot's user id (a snowflake, so it starts with M, N or O), a
// timestamp (6 characters) and an HMAC (27 or more). Application credentials
// (https://discord.com/developers/docs/topics/oauth2) have no prefix: they are found by name.
const botTokenSource =
  '(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_.-])';

/** A Discord bot token has no literal keyword, so it is a code detector triggered by its own shape. */
const botToken: CodeDetector = {
  id: 'discord-bot-token',
  description: 'Discord bot token',
  secretType: 'Discord Bot Token',
  provider: 'discord',
  strength: 'prefixed',
  keywords: [],
  // The id part is base64 of a decimal snowflake, so it starts with one of nine letter pairs:
  // each is a literal the prefilter can look for.
  trigger: ['MT', 'Mj', 'Mz', 'ND', 'NT', 'Nj', 'Nz', 'OD', 'OT']
    .map((pair) => `${pair}[A-Za-z0-9_-]{22,24}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27}`)
    .join('|'),
  // Reads its segment's lines only.
  reach: { before: 0, after: 0 },
  detect({ text, start, end }: Segment): RawMatch[] {
    const regex = new RegExp(botTokenSource, 'g');
    const slice = text.slice(start, end);
    const matches: RawMatch[] = [];
    for (const match of slice.matchAll(regex)) {
      const from = start + match.index;
      matches.push({ start: from, end: from + match[0].length, secret: match[0] });
    }
    return matches;
  },
  examples: {
    positive: [
      'DISCORD_BOT_TOKEN=MT{b64u:24}.{b64u:6}.{b64u:38}',
      "client.run('Nz{an:22}.{an:6}.{b64u:27}')",
    ],
    negative: ['MT{an:24}.{an:6}.{an:10}', 'Pz{an:22}.{an:6}.{an:27}'],
  },
};

const discordCredential = (
  kind: string,
  description: string,
  value: string,
  positive: string[],
  negative: string[],
  minEntropy?: number,
  name = 'discord',
): PatternDetector => ({
  id: `discord-${kind}`,
  description,
  secretType: kind === 'client-id' ? 'Discord Client ID' : 'Discord Client Secret',
  provider: 'discord',
  strength: 'contextual',
  keywords: ['discord'],
  contextLines: 1,
  ...(minEntropy !== undefined && { minEntropy }),
  pattern: assignedSecretPattern(name, value, '(?![A-Za-z0-9_=-])'),
  flags: 'i',
  examples: { positive, negative },
});

/** Discord bot tokens, and application keys, client secrets and client ids assigned to discord names. */
export const discordDetectors: (PatternDetector | CodeDetector)[] = [
  botToken,
  discordCredential(
    'api-key',
    'Discord application public key or API token',
    '[a-f0-9]{64}',
    ['DISCORD_PUBLIC_KEY={hex:64}', '  "discordToken": "{hex:64}"'],
    ['discord_guild = {hex:60}', 'discord_guild = {hex:70}'],
    3,
  ),
  discordCredential(
    'client-secret',
    'Discord OAuth2 client secret',
    '[A-Za-z0-9_=-]{32}',
    ['DISCORD_CLIENT_SECRET={b64u:32}', "discord_client_secret: '{an:32}'"],
    ['discord=00000000000000000000000000000000', 'discord_channel = {an:20}'],
    2.5,
  ),
  discordCredential(
    'client-id',
    'Discord application (client) id',
    '\\d{17,20}',
    ['DISCORD_CLIENT_ID=1{d:17}', '<discordClientId>\n  1{d:18}\n</discordClientId>'],
    ['discord=000000000000000000', 'DISCORD_CLIENT_ID={d:10}', '"discordServerID": "1{d:18}"'],
    undefined,
    // Server, channel, role and user ids are snowflakes too, and public.
    'discord(?![\\w.-]{0,30}(?:server|guild|channel|role|user|message)[_-]?ids?)',
  ),
];

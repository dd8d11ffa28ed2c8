import type { PatternDetector } from '../../types.js';

// Bot tokens: https://core.telegram.org/bots/api#authorizing-your-bot — the bot's numeric id,
// `:`, then 35 base64url characters. Issued tokens start the second part with `AA`, which is
// distinctive enough to report anywhere; other shapes need `telegram` on the line.

/** Telegram bot API tokens. */
export const telegramDetectors: PatternDetector[] = [
  {
    id: 'telegram-bot-token',
    description: 'Telegram bot API token',
    secretType: 'Telegram Bot Token',
    provider: 'telegram',
    strength: 'prefixed',
    keywords: [':aa'],
    pattern: '(?<![A-Za-z0-9_:-])(?<secret>\\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])',
    examples: {
      positive: ['BOT_TOKEN={d:10}:AA{b64u:33}', 'bot = telebot.TeleBot("{d:9}:AA{an:33}")'],
      negative: ['{d:10}:AA{an:30}', '{d:3}:AA{an:33}'],
    },
  },
  {
    id: 'telegram-bot-token-named',
    description: 'Telegram bot API token near the word telegram',
    secretType: 'Telegram Bot Token',
    provider: 'telegram',
    strength: 'contextual',
    keywords: ['telegram'],
    contextLines: 1,
    pattern: '(?<![A-Za-z0-9_:-])(?<secret>\\d{5,16}:A[A-Za-z0-9_-]{34})(?![A-Za-z0-9_-])',
    examples: {
      positive: ['TELEGRAM_TOKEN={d:8}:Ak{b64u:33}', 'telegram bot: {d:5}:Ab{an:33}'],
      negative: ['telegram chat {d:4}:Ak{an:33}', 'telegram chat {d:8}:Ak{an:34}'],
    },
  },
];

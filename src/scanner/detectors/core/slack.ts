import type { PatternDetector } from '../../types.js';
import { prefixedTokenPattern } from '../patterns.js';

// Token types: https://api.slack.com/concepts/token-types (bot `xoxb-`, user `xoxp-`, app-level
// `xapp-`, configuration `xoxe.xoxp-` / refresh `xoxe-`; `xoxa-`, `xoxr-`, `xoxs-`, `xoxo-` are
// the retired workspace and legacy tokens). Incoming webhooks:
// https://api.slack.com/messaging/webhooks. The numeric segments are team, user and bot ids.
const id = '\\d{8,14}';

const slackToken = (
  kind: string,
  description: string,
  keywords: string[],
  pattern: string,
  positive: string[],
  negative: string[],
): PatternDetector => ({
  id: `slack-${kind}`,
  description,
  secretType: 'Slack Token',
  provider: 'slack',
  strength: 'prefixed',
  keywords,
  pattern,
  examples: { positive, negative },
});

/** Slack bot, user, app-level, configuration, legacy and workspace tokens, and webhook URLs. */
export const slackDetectors: PatternDetector[] = [
  slackToken(
    'bot-token',
    'Slack bot token',
    ['xoxb-'],
    prefixedTokenPattern('xoxb-', `${id}-${id}-[A-Za-z0-9]{24,34}`),
    [
      'SLACK_BOT_TOKEN=xoxb-{d:12}-{d:13}-{an:24}',
      'client = WebClient(token="xoxb-{d:13}-{d:13}-{an:24}")',
    ],
    ['xoxb-{d:12}-{d:13}-{an:10}', 'channel: xoxb-12345-abcd234'],
  ),
  slackToken(
    'legacy-bot-token',
    'Slack legacy bot token',
    ['xoxb-'],
    prefixedTokenPattern('xoxb-', `${id}-[A-Za-z0-9]{18,40}`),
    ['  "bot_token": "xoxb-{d:12}-{an:24}",', "slack:\n  token: 'xoxb-{d:11}-{an:24}'"],
    ['xoxb-{d:12}-{an:8}', 'slack_token: xoxb-Slack_BOT_TOKEN'],
  ),
  slackToken(
    'user-token',
    'Slack user token',
    ['xoxp-', 'xoxe-'],
    prefixedTokenPattern('xox[pe]-', `${id}-${id}-${id}-[A-Za-z0-9]{28,34}`),
    [
      'SLACK_USER_TOKEN=xoxp-{d:11}-{d:12}-{d:12}-{hex:32}',
      '"token": "xoxp-{d:12}-{d:13}-{d:13}-{hex:32}"',
    ],
    ['"token3": "xoxp-1234-1234-1234-{hex:32}"', '"token1": "xoxp-{d:10}"'],
  ),
  slackToken(
    'app-token',
    'Slack app-level token',
    ['xapp-'],
    prefixedTokenPattern('xapp-', '\\d-[A-Z0-9]{8,14}-\\d{8,16}-[A-Za-z0-9]{32,80}'),
    [
      'SLACK_APP_TOKEN=xapp-1-A{uan:10}-{d:13}-{hex:64}',
      "app_token = 'xapp-1-A{uan:10}-{d:13}-{hex:64}'",
    ],
    ['xapp-1-{d:13}-{hex:64}', 'xapp-1-A{uan:10}-{d:13}-{hex:16}'],
  ),
  slackToken(
    'config-access-token',
    'Slack app configuration access token',
    ['xoxe.xox'],
    // detect-secrets finds the `xoxp-1-…` part only, so that is what it hashes.
    '(?<![A-Za-z0-9_.-])(?<secret>xoxe\\.(?<hashed>xox[bp]-\\d-[A-Za-z0-9]{60,400}))(?![A-Za-z0-9_-])',
    ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-{an:150}', '"access_token": "xoxe.xoxb-1-{an:160}"'],
    ['xoxe.xoxp-1-RANDOMSTRINGHERE', 'xoxe.xoxp-1-{an:30}'],
  ),
  slackToken(
    'config-refresh-token',
    'Slack app configuration refresh token',
    ['xoxe-'],
    prefixedTokenPattern('xoxe-', '\\d-[A-Za-z0-9]{60,400}'),
    ['SLACK_CONFIG_REFRESH_TOKEN=xoxe-1-{an:146}', '"refresh_token": "xoxe-1-{an:140}"'],
    ['SLACK_TOKEN=xoxe-1-xxx', 'xoxe-1-{an:30}'],
  ),
  slackToken(
    'legacy-token',
    'Slack legacy user token',
    ['xoxs-', 'xoxo-'],
    prefixedTokenPattern('xox[os]-', '\\d{6,14}-\\d{6,14}-\\d{6,14}-[A-Za-z0-9]{10,64}'),
    [
      'SLACK_LEGACY_TOKEN=xoxs-{d:12}-{d:12}-{d:12}-{hex:10}',
      '"token": "xoxo-{d:9}-{d:9}-{d:9}-{hex:18}"',
    ],
    ['xoxs-{d:12}-{d:12}-{hex:10}', 'xoxs-{d:3}-{d:3}-{d:3}-{hex:10}'],
  ),
  slackToken(
    'legacy-workspace-token',
    'Slack legacy workspace access or refresh token',
    ['xoxa-', 'xoxr-'],
    prefixedTokenPattern('xox[ar]-', '(?:\\d{1,14}-){0,4}[A-Za-z0-9]{8,48}'),
    [
      '"access_token": "xoxa-2-{d:9}-{d:11}-{d:13}-{hex:18}"',
      'SLACK_REFRESH_TOKEN=xoxr-{d:1}-{lan:12}',
    ],
    ['https://github.com/xoxa-nyc/xoxa-nyc.github.io', 'xoxa-{lan:4}'],
  ),
  {
    id: 'slack-webhook-url',
    description: 'Slack incoming webhook or workflow trigger URL',
    secretType: 'Slack Token',
    provider: 'slack',
    strength: 'prefixed',
    keywords: ['hooks.slack.com'],
    pattern:
      '(?<![A-Za-z0-9_.-])(?<secret>(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]{30,200})(?![A-Za-z0-9_/-])',
    examples: {
      positive: [
        'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T{uan:8}/B{uan:10}/{an:24}',
        'webhook: "https://hooks.slack.com/workflows/T{uan:10}/A{uan:10}/{d:18}/{an:24}"',
      ],
      negative: [
        'https://hooks.slack.com/services/T{uan:8}',
        'see hooks.slack.com/services/ for details',
      ],
    },
  },
];

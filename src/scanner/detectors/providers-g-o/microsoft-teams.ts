import type { PatternDetector } from '../../types.js';
import { prefixed } from './shared.js';

// Microsoft Teams incoming webhooks (learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors):
// https://<tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>[/<signature>],
// and the retired https://outlook.office.com/webhook/… form.

const id36 = '[A-Za-z0-9-]{36}';

/** Microsoft Teams incoming webhook URLs. */
export const microsoftTeamsDetectors: PatternDetector[] = [
  prefixed({
    id: 'microsoft-teams-webhook',
    description: 'Microsoft Teams incoming webhook URL',
    secretType: 'Microsoft Teams Webhook',
    provider: 'microsoft-teams',
    keywords: ['webhook.office.com', 'outlook.office.com/webhook'],
    prefix: '',
    body: '',
    pattern: `(?<secret>https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2|outlook\\.office(?:365)?\\.com/webhook)/${id36}@${id36}/IncomingWebhook/[A-Za-z0-9]{32}/${id36}(?:/[A-Za-z0-9_-]{20,80})?)(?![A-Za-z0-9_-])`,
    positive: [
      'TEAMS_WEBHOOK_URL=https://{l:8}.webhook.office.com/webhookb2/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}@{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}/IncomingWebhook/{hex:32}/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
      'url: "https://outlook.office.com/webhook/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}@{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}/IncomingWebhook/{hex:32}/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}"',
    ],
    negative: [
      'https://{l:8}.webhook.office.com/webhookb2/{hex:8}-{hex:4}-{hex:4}-{hex:4}-{hex:12}',
    ],
  }),
];

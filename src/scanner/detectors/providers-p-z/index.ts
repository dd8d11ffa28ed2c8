import type { Detector } from '../../types.js';
import { perplexityDetectors } from './perplexity.js';
import { pineconeDetectors } from './pinecone.js';
import { plaidDetectors } from './plaid.js';
import { planetscaleDetectors } from './planetscale.js';
import { posthogDetectors } from './posthog.js';
import { postmanDetectors } from './postman.js';
import { postmarkDetectors } from './postmark.js';
import { prefectDetectors } from './prefect.js';
import { privateaiDetectors } from './privateai.js';
import { pulumiDetectors } from './pulumi.js';
import { rapidapiDetectors } from './rapidapi.js';
import { readmeDetectors } from './readme.js';
import { renderDetectors } from './render.js';
import { replicateDetectors } from './replicate.js';
import { resendDetectors } from './resend.js';
import { riotgamesDetectors } from './riotgames.js';
import { rubygemsDetectors } from './rubygems.js';
import { scalingoDetectors } from './scalingo.js';
import { sendbirdDetectors } from './sendbird.js';
import { sendinblueDetectors } from './sendinblue.js';
import { sentryDetectors } from './sentry.js';
import { settlemintDetectors } from './settlemint.js';
import { shippoDetectors } from './shippo.js';
import { shopifyDetectors } from './shopify.js';
import { sidekiqDetectors } from './sidekiq.js';
import { snykDetectors } from './snyk.js';
import { sonarDetectors } from './sonar.js';
import { sourcegraphDetectors } from './sourcegraph.js';
import { squarespaceDetectors } from './squarespace.js';
import { sumologicDetectors } from './sumologic.js';
import { supabaseDetectors } from './supabase.js';
import { tailscaleDetectors } from './tailscale.js';
import { travisciDetectors } from './travisci.js';
import { trelloDetectors } from './trello.js';
import { twitchDetectors } from './twitch.js';
import { twitterDetectors } from './twitter.js';
import { typeformDetectors } from './typeform.js';
import { vaultDetectors } from './vault.js';
import { vercelDetectors } from './vercel.js';
import { xaiDetectors } from './xai.js';
import { yandexDetectors } from './yandex.js';
import { zendeskDetectors } from './zendesk.js';

/** Detectors of this group, in registry order. */
export const detectors: Detector[] = [
  ...perplexityDetectors,
  ...pineconeDetectors,
  ...plaidDetectors,
  ...planetscaleDetectors,
  ...posthogDetectors,
  ...postmanDetectors,
  ...postmarkDetectors,
  ...prefectDetectors,
  ...privateaiDetectors,
  ...pulumiDetectors,
  ...rapidapiDetectors,
  ...readmeDetectors,
  ...renderDetectors,
  ...replicateDetectors,
  ...resendDetectors,
  ...riotgamesDetectors,
  ...rubygemsDetectors,
  ...scalingoDetectors,
  ...sendbirdDetectors,
  ...sendinblueDetectors,
  ...sentryDetectors,
  ...settlemintDetectors,
  ...shippoDetectors,
  ...shopifyDetectors,
  ...sidekiqDetectors,
  ...snykDetectors,
  ...sonarDetectors,
  ...sourcegraphDetectors,
  ...squarespaceDetectors,
  ...sumologicDetectors,
  ...supabaseDetectors,
  ...tailscaleDetectors,
  ...travisciDetectors,
  ...trelloDetectors,
  ...twitchDetectors,
  ...twitterDetectors,
  ...typeformDetectors,
  ...vaultDetectors,
  ...vercelDetectors,
  ...xaiDetectors,
  ...yandexDetectors,
  ...zendeskDetectors,
];

import type { Detector } from '../../types.js';
import { gitterDetectors } from './gitter.js';
import { gocardlessDetectors } from './gocardless.js';
import { googleDetectors } from './google.js';
import { grafanaDetectors } from './grafana.js';
import { groqDetectors } from './groq.js';
import { harnessDetectors } from './harness.js';
import { hashicorpDetectors } from './hashicorp.js';
import { herokuDetectors } from './heroku.js';
import { hubspotDetectors } from './hubspot.js';
import { huggingfaceDetectors } from './huggingface.js';
import { infracostDetectors } from './infracost.js';
import { intercomDetectors } from './intercom.js';
import { intra42Detectors } from './intra42.js';
import { krakenDetectors } from './kraken.js';
import { kucoinDetectors } from './kucoin.js';
import { launchdarklyDetectors } from './launchdarkly.js';
import { linearDetectors } from './linear.js';
import { linkedinDetectors } from './linkedin.js';
import { lobDetectors } from './lob.js';
import { lookerDetectors } from './looker.js';
import { mailgunDetectors } from './mailgun.js';
import { mapboxDetectors } from './mapbox.js';
import { mattermostDetectors } from './mattermost.js';
import { maxmindDetectors } from './maxmind.js';
import { messagebirdDetectors } from './messagebird.js';
import { microsoftTeamsDetectors } from './microsoft-teams.js';
import { netlifyDetectors } from './netlify.js';
import { newRelicDetectors } from './newrelic.js';
import { notionDetectors } from './notion.js';
import { nytimesDetectors } from './nytimes.js';
import { octopusDetectors } from './octopus.js';
import { oktaDetectors } from './okta.js';
import { openrouterDetectors } from './openrouter.js';
import { openshiftDetectors } from './openshift.js';

/** Detectors of this group, in registry order. */
export const detectors: Detector[] = [
  ...googleDetectors,
  ...gitterDetectors,
  ...gocardlessDetectors,
  ...grafanaDetectors,
  ...groqDetectors,
  ...harnessDetectors,
  ...hashicorpDetectors,
  ...herokuDetectors,
  ...hubspotDetectors,
  ...huggingfaceDetectors,
  ...infracostDetectors,
  ...intercomDetectors,
  ...intra42Detectors,
  ...krakenDetectors,
  ...kucoinDetectors,
  ...launchdarklyDetectors,
  ...linearDetectors,
  ...linkedinDetectors,
  ...lobDetectors,
  ...lookerDetectors,
  ...mailgunDetectors,
  ...mapboxDetectors,
  ...mattermostDetectors,
  ...maxmindDetectors,
  ...messagebirdDetectors,
  ...microsoftTeamsDetectors,
  ...netlifyDetectors,
  ...newRelicDetectors,
  ...notionDetectors,
  ...nytimesDetectors,
  ...octopusDetectors,
  ...oktaDetectors,
  ...openrouterDetectors,
  ...openshiftDetectors,
];

import type { Detector } from '../../types.js';
import { artifactoryDetectors } from './artifactory.js';
import { awsDetectors } from './aws.js';
import { discordDetectors } from './discord.js';
import { githubDetectors } from './github.js';
import { gitlabDetectors } from './gitlab.js';
import { mailchimpDetectors } from './mailchimp.js';
import { npmDetectors } from './npm.js';
import { openaiDetectors } from './openai.js';
import { pypiDetectors } from './pypi.js';
import { sendgridDetectors } from './sendgrid.js';
import { slackDetectors } from './slack.js';
import { squareDetectors } from './square.js';
import { stripeDetectors } from './stripe.js';
import { telegramDetectors } from './telegram.js';
import { twilioDetectors } from './twilio.js';

/** Detectors of this group, in registry order. */
export const detectors: Detector[] = [
  ...awsDetectors,
  ...githubDetectors,
  ...gitlabDetectors,
  ...slackDetectors,
  ...stripeDetectors,
  ...twilioDetectors,
  ...sendgridDetectors,
  ...mailchimpDetectors,
  ...npmDetectors,
  ...pypiDetectors,
  ...openaiDetectors,
  ...discordDetectors,
  ...telegramDetectors,
  ...squareDetectors,
  ...artifactoryDetectors,
];

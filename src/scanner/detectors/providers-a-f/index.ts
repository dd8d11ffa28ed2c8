import type { Detector } from '../../types.js';
import { adafruitDetectors } from './adafruit.js';
import { adobeDetectors } from './adobe.js';
import { ageDetectors } from './age.js';
import { airtableDetectors } from './airtable.js';
import { algoliaDetectors } from './algolia.js';
import { alibabaDetectors } from './alibaba.js';
import { anthropicDetectors } from './anthropic.js';
import { apifyDetectors } from './apify.js';
import { asanaDetectors } from './asana.js';
import { atlassianDetectors } from './atlassian.js';
import { authressDetectors } from './authress.js';
import { azureDetectors } from './azure.js';
import { beamerDetectors } from './beamer.js';
import { bitbucketDetectors } from './bitbucket.js';
import { bittrexDetectors } from './bittrex.js';
import { buildkiteDetectors } from './buildkite.js';
import { circleciDetectors } from './circleci.js';
import { ciscoDetectors } from './cisco.js';
import { clickhouseDetectors } from './clickhouse.js';
import { clojarsDetectors } from './clojars.js';
import { cloudflareDetectors } from './cloudflare.js';
import { codecovDetectors } from './codecov.js';
import { cohereDetectors } from './cohere.js';
import { coinbaseDetectors } from './coinbase.js';
import { confluentDetectors } from './confluent.js';
import { contentfulDetectors } from './contentful.js';
import { databricksDetectors } from './databricks.js';
import { datadogDetectors } from './datadog.js';
import { definedNetworkingDetectors } from './defined-networking.js';
import { denoDetectors } from './deno.js';
import { digitaloceanDetectors } from './digitalocean.js';
import { dockerDetectors } from './docker.js';
import { dopplerDetectors } from './doppler.js';
import { droneciDetectors } from './droneci.js';
import { dropboxDetectors } from './dropbox.js';
import { duffelDetectors } from './duffel.js';
import { dynatraceDetectors } from './dynatrace.js';
import { easypostDetectors } from './easypost.js';
import { etsyDetectors } from './etsy.js';
import { facebookDetectors } from './facebook.js';
import { fastlyDetectors } from './fastly.js';
import { figmaDetectors } from './figma.js';
import { finicityDetectors } from './finicity.js';
import { finnhubDetectors } from './finnhub.js';
import { flickrDetectors } from './flickr.js';
import { flutterwaveDetectors } from './flutterwave.js';
import { flyioDetectors } from './flyio.js';
import { frameioDetectors } from './frameio.js';
import { freemiusDetectors } from './freemius.js';
import { freshbooksDetectors } from './freshbooks.js';
import { onePasswordDetectors } from './onepassword.js';

/** Detectors of this group, in registry order. */
export const detectors: Detector[] = [
  ...adafruitDetectors,
  ...adobeDetectors,
  ...ageDetectors,
  ...airtableDetectors,
  ...algoliaDetectors,
  ...alibabaDetectors,
  ...anthropicDetectors,
  ...apifyDetectors,
  ...asanaDetectors,
  ...atlassianDetectors,
  ...authressDetectors,
  ...azureDetectors,
  ...beamerDetectors,
  ...bitbucketDetectors,
  ...bittrexDetectors,
  ...buildkiteDetectors,
  ...circleciDetectors,
  ...ciscoDetectors,
  ...clickhouseDetectors,
  ...clojarsDetectors,
  ...cloudflareDetectors,
  ...codecovDetectors,
  ...cohereDetectors,
  ...coinbaseDetectors,
  ...confluentDetectors,
  ...contentfulDetectors,
  ...databricksDetectors,
  ...datadogDetectors,
  ...definedNetworkingDetectors,
  ...denoDetectors,
  ...digitaloceanDetectors,
  ...dockerDetectors,
  ...dopplerDetectors,
  ...droneciDetectors,
  ...dropboxDetectors,
  ...duffelDetectors,
  ...dynatraceDetectors,
  ...easypostDetectors,
  ...etsyDetectors,
  ...facebookDetectors,
  ...fastlyDetectors,
  ...figmaDetectors,
  ...finicityDetectors,
  ...finnhubDetectors,
  ...flickrDetectors,
  ...flutterwaveDetectors,
  ...flyioDetectors,
  ...frameioDetectors,
  ...freemiusDetectors,
  ...freshbooksDetectors,
  ...onePasswordDetectors,
];

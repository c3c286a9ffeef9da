'use strict';
// Microsoft's inbound check (botframework-connector's JwtTokenValidation.authenticateRequest),
// pointed at the local OpenID metadata instead of login.botframework.com.
const { ChannelValidation, JwtTokenValidation, SimpleCredentialProvider } = require('botframework-connector');

/** Configures the library's channel metadata URL; the library reads this static for every channel token. */
function useMetadata(metadataUrl) {
  ChannelValidation.OpenIdMetadataEndpoint = metadataUrl;
}

/** 'accepted' or 'rejected' (with the library's reason) for one activity + Authorization header. */
async function microsoftVerdict(activity, authHeader, { appId, appPassword }) {
  const credentials = new SimpleCredentialProvider(appId, appPassword);
  const quiet = console.error;
  console.error = () => {}; // the library logs every expired token; keep the table readable
  try {
    await JwtTokenValidation.authenticateRequest(activity, authHeader ?? '', credentials, '');
    return { verdict: 'accepted', detail: '' };
  } catch (err) {
    return { verdict: 'rejected', detail: `${err.statusCode ?? ''} ${err.message}`.trim() };
  } finally {
    console.error = quiet;
  }
}

module.exports = { useMetadata, microsoftVerdict };

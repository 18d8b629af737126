/**
 * Analytics: one pipeline for every event Pathlight emits. The app carries only the tap (`lazyAnalytics`,
 * which buffers); the pipeline, the endpoint transport, the forwarders and masking come in the lazy
 * `analytics` chunk. See the README's Analytics section for the record and the privacy guarantees.
 */
export { createEndpoint, type Endpoint, type WireRecord } from './endpoint';
export { flatProps, forwardTo } from './forward';
export { type Early, lazyAnalytics, type Tapped } from './lazy';
export { lowerObjectVerb, objectAction, snake } from './names';
export { startAnalytics } from './pipeline';
export { maskProps, maskText, pathOnly } from './redact';

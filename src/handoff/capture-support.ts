/**
 * Whether this page can capture the screen at all, before anything asks: `getDisplayMedia` exists on desktop
 * Chromium, Firefox and Safari, not on phones; the host's `Permissions-Policy: display-capture=()` (or an iframe
 * without `allow="display-capture"`) forbids it, which Chromium reports up front through `featurePolicy`.
 */
export type CaptureSupport = 'ok' | 'unsupported' | 'blocked';

interface PolicyDocument {
  featurePolicy?: { allowsFeature(feature: string): boolean };
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
}

export function captureSupport(recording = false): CaptureSupport {
  if (typeof navigator.mediaDevices?.getDisplayMedia !== 'function') return 'unsupported';
  if (recording && typeof MediaRecorder !== 'function') return 'unsupported';
  const policy = (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  try {
    if (policy && !policy.allowsFeature('display-capture')) return 'blocked';
  } catch {
    // An engine that knows the object but not the feature: let the browser's own prompt decide.
  }
  return 'ok';
}

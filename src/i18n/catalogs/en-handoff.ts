/**
 * English shown only by the contact view and after an e-mail hand-off, in the lazy `handoff` chunk: the chunk
 * exports these as `english` and they join the translators when it loads, so the main bundle does not carry
 * them. The other catalogs translate them like the keys of ./en.ts (the catalog test checks both).
 */
const enHandoff = {
  'handoff.mailOpened': 'Your mail app should open',
  'handoff.noMailApp': 'No mail app? Write to us at this address:',
  'handoff.copy': 'Copy',
  'handoff.copied': 'Copied',
  'contact.unavailable': 'Contact is not set up for this app.',
  // The contact form (src/handoff/ContactForm.tsx).
  'contact.name': 'Name',
  'contact.email': 'Email',
  'contact.message': 'How can we help?',
  'contact.messageRequired': 'Tell us a little about what you need.',
  'contact.invalidEmail': 'Enter an email address we can reply to, like name@example.com.',
  'contact.send': 'Send message',
  'contact.sending': 'Sending…',
  'contact.tryAgain': 'Try again',
  'contact.suggestions': 'These articles might answer it',
  'contact.attachments': 'Attachments',
  'contact.attach': 'Attach files',
  'contact.screenshot': 'Screenshot this page',
  'contact.record': 'Record your screen',
  'contact.remove': 'Remove {name}',
  'contact.tooLarge': '“{name}” is too large: files can be up to {size}.',
  'contact.badType': '“{name}” is not a type of file we accept.',
  'contact.tooMany': 'You can attach at most {count} files.',
  'contact.captureUnsupported':
    "Screen capture isn't available in this browser. You can attach a screenshot as a file.",
  'contact.captureBlocked': "This page doesn't allow screen capture. You can attach a screenshot as a file.",
  'contact.captureDenied': 'Screen capture was cancelled.',
  'contact.captureFailed': "The screen couldn't be captured. Try again, or attach a file.",
  'contact.recording': 'Recording {time} of {max}',
  'contact.stop': 'Stop',
  'contact.preview': 'Your recording',
  'contact.noPreview': "This page can't play the preview, but you can still attach the recording.",
  'contact.attachRecording': 'Attach recording',
  'contact.discard': 'Discard',
  'contact.rejected': "We couldn't send your message (error {status}).",
  'contact.lostFull':
    "We couldn't send your message, and too many are already waiting on this device to keep another.",
  'contact.lostStorage':
    "We couldn't send your message, and this browser won't let us keep it to send later.",
  'contact.emailInstead': 'Email us instead',
  'contact.sentTitle': 'Message sent',
  'contact.sentBody': "We'll reply to {email}.",
  'contact.queuedTitle': 'Message saved',
  'contact.queuedOffline': "You're offline. We'll send it when you're back online.",
  'contact.queuedUnreachable':
    "Our server didn't answer. Your message is saved and we'll send it when you're back online.",
  'contact.replyTime': 'We usually reply within {time}.',
  'contact.backToHelp': 'Back to help',
  'contact.newMessage': 'Write another message',
} as const;

export default enHandoff;

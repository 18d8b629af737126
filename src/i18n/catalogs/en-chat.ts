/**
 * English shown only by the chat hand-off (`handoff.provider`), office hours (`handoff.hours`) and the video call
 * (`handoff.videoCall`), in the lazy `chat` chunk: it exports these as `english`. The other catalogs translate them
 * like the keys of ./en.ts (the catalog test checks both).
 */
const enChat = {
  'chat.connecting': 'Connecting you to chat…',
  'chat.connectingHint': 'This takes a few seconds.',
  'chat.writeInstead': 'Send a message instead',
  'hours.online': "We're online",
  'hours.away': "We're away",
  'hours.backAt': "We're away, back at {time} your time ({in})",
  'hours.backOn': "We're away, back on {day} at {time} your time ({in})",
  'videoCall.book': 'Book a video call',
} as const;

export default enChat;

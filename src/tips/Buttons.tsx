import type { GuideButton } from '../types';
import type { Surface, TipsController } from './controller';

function isExternal(href: string): boolean {
  try {
    const url = new URL(href, location.href);
    return /^https?:$/.test(url.protocol) && url.origin !== location.origin;
  } catch {
    return false;
  }
}

/**
 * Up to two call-to-action buttons. A `url` action is a real link (middle-click, copy link, and the
 * browser's own navigation work). The first button that does something is the primary one; a
 * `dismiss` button is primary only when there is nothing else.
 */
export function Buttons({
  ctl,
  surface,
  id,
  buttons,
}: {
  ctl: TipsController;
  surface: Surface;
  id: string;
  buttons: readonly GuideButton[];
}) {
  const action = buttons.findIndex((button) => button.action !== 'dismiss');
  const primaryAt = action === -1 ? buttons.length - 1 : action;
  return (
    <div class="pl-button-row pl-guide-buttons">
      {buttons.map((button, i) => {
        const className = i === primaryAt ? 'pl-button' : 'pl-button pl-button-secondary';
        const onClick = () => ctl.click(surface, id, button);
        if (button.action === 'url' && button.value) {
          const external = isExternal(button.value);
          return (
            <a
              key={i}
              class={className}
              href={button.value}
              onClick={onClick}
              {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            >
              {button.label}
            </a>
          );
        }
        return (
          <button key={i} type="button" class={className} onClick={onClick}>
            {button.label}
          </button>
        );
      })}
    </div>
  );
}

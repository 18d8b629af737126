import type { JSX } from 'preact';
import { ICON_ATTRIBUTES, ICON_PATHS, type IconName } from './icon-paths';

export type { IconName } from './icon-paths';

/** One of the widget's icons by `name`, or any 24 px stroke path as `d` (a feed's topic icon). */
export function Icon({
  name,
  d,
  size = 20,
  class: className,
}: ({ name: IconName; d?: undefined } | { name?: undefined; d: string }) & {
  size?: number;
  class?: string;
}) {
  const props: JSX.SVGAttributes<SVGSVGElement> = { width: size, height: size, ...ICON_ATTRIBUTES };
  return (
    <svg {...props} class={className}>
      <path d={d ?? ICON_PATHS[name!]} />
    </svg>
  );
}

import type { JSX } from 'preact';
import { ICON_ATTRIBUTES, ICON_PATHS, type IconName } from './icon-paths';

export type { IconName } from './icon-paths';

export function Icon({
  name,
  size = 20,
  class: className,
}: {
  name: IconName;
  size?: number;
  class?: string;
}) {
  const props: JSX.SVGAttributes<SVGSVGElement> = { width: size, height: size, ...ICON_ATTRIBUTES };
  return (
    <svg {...props} class={className}>
      <path d={ICON_PATHS[name]} />
    </svg>
  );
}

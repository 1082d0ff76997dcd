// A page's title, focused when the page appears (the portal changes pages without loading them).
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

export function PageTitle(props: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return <h1 ref={heading} tabIndex={-1}>{props.children}</h1>;
}

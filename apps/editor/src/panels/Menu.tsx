/**
 * A drop-down menu on <details>: opens on click, closes after a choice, on Escape or on a click
 * elsewhere.
 */
import { type ReactNode, useEffect, useRef } from 'react';

export function Menu(props: { label: string; wide?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      const menu = ref.current;
      if (menu?.open && !(e instanceof KeyboardEvent ? e.key !== 'Escape' : menu.contains(e.target as Node)))
        menu.open = false;
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('keydown', close);
    };
  }, []);
  return (
    <details
      className="menu"
      ref={ref}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('.menu-items button') && ref.current) ref.current.open = false;
      }}
      onKeyDown={() => {}}
    >
      <summary>{props.label}</summary>
      <div className={props.wide ? 'menu-items wide' : 'menu-items'}>{props.children}</div>
    </details>
  );
}

type Props = { isActive: boolean };

/**
 * A thin bar over the top edge while the next page loads, sweeping across
 * because how long is unknown (still under reduced motion, and in a system
 * colour under forced colours). It is fixed, so it never moves the layout;
 * the old page stays readable underneath. Styled in src/index.css, which
 * keeps its classes out of the entry script.
 */
export function LoadingBar({ isActive }: Props) {
  return isActive ? <div aria-hidden="true" className="loading-bar" /> : null;
}

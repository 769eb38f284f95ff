type Props = { isActive: boolean };

/**
 * A thin bar over the top edge while the next page loads. It is fixed, so it
 * never moves the layout; the old page stays readable underneath.
 */
export function LoadingBar({ isActive }: Props) {
  return (
    <div
      aria-hidden="true"
      className={`pointer-events-none fixed inset-x-0 top-0 z-50 h-1 origin-left bg-accent transition-[opacity,transform] duration-500 ${
        isActive ? 'scale-x-75 opacity-100 delay-150' : 'scale-x-0 opacity-0'
      }`}
    />
  );
}

import type { Ref } from 'react';

type Props = {
  ref: Ref<HTMLDialogElement>;
  isEnabled: boolean;
  onClose: () => void;
};

const shortcuts = [
  { keys: ['j', 'k'], does: 'Next or previous story on a list of stories' },
  { keys: ['o', 'Enter'], does: 'Open the current story' },
  { keys: ['s'], does: 'Save or unsave the current story, or the article you are reading' },
  { keys: ['/'], does: 'Search' },
  { keys: ['?'], does: 'This list' },
  { keys: ['Esc'], does: 'Close a dialog or menu' },
];

const keyClass = 'rounded border-thin border-rule-strong bg-surface px-1.5 font-mono text-meta';

/** The list of shortcuts, in a native modal dialog: Esc closes it and the page behind is inert. */
export function ShortcutsDialog({ ref, isEnabled, onClose }: Props) {
  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded border-thin border-rule bg-paper p-5 text-ink shadow-lg backdrop:bg-ink/40"
    >
      <h2 id="shortcuts-title" className="font-serif text-headline-card font-bold">
        Keyboard shortcuts
      </h2>
      {!isEnabled && (
        <p className="mt-2 font-sans text-meta text-muted">
          They are switched off; switch them on in Display.
        </p>
      )}
      <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 font-sans text-meta">
        {shortcuts.map(({ keys, does }) => (
          <div key={does} className="contents">
            <dt className="flex gap-1 whitespace-nowrap">
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && <span className="me-1 text-muted">or</span>}
                  <kbd className={keyClass}>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-5 flex justify-end">
        <button
          type="button"
          onClick={(event) => {
            event.currentTarget.closest('dialog')?.close();
          }}
          className="min-h-11 rounded-full border-thin border-rule px-4 font-sans text-control hover:border-ink hover:bg-surface"
        >
          Close
        </button>
      </div>
    </dialog>
  );
}

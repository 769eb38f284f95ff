/**
 * Where the offline page lists the articles saved on this device. The page is
 * prerendered without the app's script (it may answer any address, so the app
 * must not take it over): offlinePage.ts fills the list from the saved store.
 * Without that script the page still says how saving works.
 */
export function OfflineSavedArticles() {
  return (
    <section aria-labelledby="offline-saved-heading" className="mt-8">
      <h2 id="offline-saved-heading" className="font-serif text-headline-secondary font-bold">
        Saved on this device
      </h2>
      <p data-offline-none className="mt-2 text-summary">
        You have no saved articles here yet. Next time you are online, use <strong>Save</strong> on an article
        and it is kept on this device, to read without a connection.
      </p>
      <div data-offline-some hidden>
        <p className="mt-2 text-summary">These articles are saved on this device. You can read them now:</p>
        <ul data-offline-list className="mt-2 divide-y divide-rule" />
      </div>
    </section>
  );
}

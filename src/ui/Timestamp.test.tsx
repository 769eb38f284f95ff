import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '@/lib/dates';
import { Timestamp } from './Timestamp';

const NOW = Date.parse('2026-11-28T12:00:00Z');

function renderAt(dateTime: string, locale = 'en-GB', precision: 'minute' | 'day' = 'minute') {
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
  render(<Timestamp dateTime={dateTime} locale={locale} precision={precision} />);
}

describe('Timestamp', () => {
  it('reads as a relative time when recent, with the machine-readable time in dateTime', () => {
    renderAt('2026-11-28T09:15:00Z');

    expect(screen.getByText('2 hours ago')).toHaveAttribute('datetime', '2026-11-28T09:15:00Z');
  });

  it('puts the full date in the title of a recent time', () => {
    renderAt('2026-11-28T09:15:00Z');

    expect(screen.getByText('2 hours ago')).toHaveAttribute(
      'title',
      formatDateTime('2026-11-28T09:15:00Z', 'en-GB'),
    );
  });

  it('reads as the full date when more than a day old', () => {
    renderAt('2026-11-20T11:30:00Z');

    const time = screen.getByText(/20 November 2026/);

    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', '2026-11-20T11:30:00Z');
    expect(time).toHaveTextContent(formatDateTime('2026-11-20T11:30:00Z', 'en-GB'));
  });

  it('reads as the date alone, with the full date in its title, at day precision', () => {
    renderAt('2026-11-20T11:30:00Z', 'en-GB', 'day');

    const time = screen.getByText('20 Nov 2026');

    expect(time).toHaveAttribute('title', formatDateTime('2026-11-20T11:30:00Z', 'en-GB'));
  });

  it('still reads as a relative time when recent, at day precision', () => {
    renderAt('2026-11-28T09:15:00Z', 'en-GB', 'day');

    expect(screen.getByText('2 hours ago')).toBeInTheDocument();
  });

  it('reads as the full date when in the future', () => {
    renderAt('2026-11-29T11:30:00Z');

    expect(screen.getByText(/29 November 2026/)).toHaveAttribute('datetime', '2026-11-29T11:30:00Z');
  });

  it('uses the locale it is given', () => {
    renderAt('2026-11-28T11:55:00Z', 'de-DE');

    expect(screen.getByText('vor 5 Minuten')).toBeInTheDocument();
  });
});

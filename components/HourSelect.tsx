import { hourLabel } from '../lib/own-words';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** A time of day to the hour ("10 PM", "22:00" as the locale writes it), with its label. */
export function HourSelect({ id, label, value, locale, onChange }: { id: string; label: string; value: number; locale: string; onChange: (hour: number) => void }) {
  return (
    <>
      <label for={id}>{label}</label>
      <select id={id} value={String(value)} onChange={(event) => onChange(Number(event.currentTarget.value))}>
        {HOURS.map((hour) => (
          <option key={hour} value={String(hour)}>
            {hourLabel(hour, locale)}
          </option>
        ))}
      </select>
    </>
  );
}

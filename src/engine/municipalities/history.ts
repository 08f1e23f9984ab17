// Dutch explanations of why a municipality was not in force on a day: merged away or split
// before it, or created after it.
import { municipalityRecords, officialName, recordByCode, type IsoDate, type MunicipalityRecord } from './data';
import { changeMoment, dutchDate, nextDay } from './dates';
import { compareText } from './inForce';

/** "Onderbanken bestond op 1 januari 2020 niet meer: opgegaan in Beekdaelen (2019)". */
export function absenceReason(record: MunicipalityRecord, day: IsoDate): string {
  const on = dutchDate(day);
  if (record.from > day) {
    const predecessors = predecessorsOf(record);
    const origin = predecessors.length > 0 ? ` uit ${dutchList(predecessors)}` : '';
    return `${record.name} bestond op ${on} nog niet: ontstaan in ${changeMoment(record.from)}${origin}`;
  }
  const ended = record.to ?? day;
  const changed = nextDay(ended);
  const name = officialName(record, ended);
  const successor = record.successor ? recordByCode(record.successor) : undefined;
  const parts = (record.successors ?? [])
    .filter((code) => code !== record.successor)
    .flatMap((code) => {
      const found = recordByCode(code);
      return found ? [officialName(found, changed)] : [];
    })
    .sort(compareText);
  if (successor) {
    const main = officialName(successor, changed);
    // Winsum: mostly into Het Hogeland, the Ezinge area into Westerkwartier.
    const merged = parts.length > 0 ? `grotendeels opgegaan in ${main}, deels in ${dutchList(parts)}` : `opgegaan in ${main}`;
    return `${name} bestond op ${on} niet meer: ${merged} (${changeMoment(changed)})`;
  }
  const where = parts.length > 0 ? `: verdeeld over ${dutchList(parts)} (${changeMoment(changed)})` : '';
  return `${name} bestond op ${on} niet meer${where}`;
}

/** Names of the municipalities that went (wholly or in part) into the record when it began. */
function predecessorsOf(record: MunicipalityRecord): string[] {
  return municipalityRecords
    .filter((old) => old.to !== null && nextDay(old.to) === record.from)
    .filter((old) => old.successor === record.code || (old.successors ?? []).includes(record.code))
    .map((old) => (old.successor === record.code ? old.name : `${old.name} (deel)`))
    .sort(compareText);
}

/** "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

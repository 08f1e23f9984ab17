// A kept setting as React state: read from this profile's storage once, written back on change.
import { useCallback, useState } from 'react';
import { loadSetting, profileStorage, saveSetting, type StoredSetting } from './profileStorage';

export function useStoredSetting<T>(setting: StoredSetting<T>): [T, (value: T) => void] {
  const [value, setValue] = useState(() => loadSetting(profileStorage(), setting));
  const choose = useCallback(
    (next: T) => {
      setValue(next);
      saveSetting(profileStorage(), setting, next);
    },
    [setting],
  );
  return [value, choose];
}

// The "Δ vorig kwartaal" toggle as React state, read from and written to localStorage.
import { useCallback, useState } from 'react';
import { loadShowDeltas, saveShowDeltas } from './showDeltas';
import { profileStorage } from './profileStorage';

export function useShowDeltas(): [boolean, (show: boolean) => void] {
  const [show, setShow] = useState(() => loadShowDeltas(profileStorage()));
  const choose = useCallback((next: boolean) => {
    setShow(next);
    saveShowDeltas(profileStorage(), next);
  }, []);
  return [show, choose];
}

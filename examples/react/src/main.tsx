import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import karabakh from '../../../data/karabakh.fr.json';
import { Chronology } from './Chronology';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <h1>{karabakh.title}</h1>
    <Chronology events={karabakh.events} />
  </StrictMode>,
);

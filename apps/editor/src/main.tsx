import { startEditor } from './app/bootstrap.tsx';

void startEditor(document.getElementById('root')!);

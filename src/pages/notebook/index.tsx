import { render } from 'preact';
import { Notebook } from './Notebook.tsx';

const app = document.getElementById('app');
if (app) render(<Notebook />, app);

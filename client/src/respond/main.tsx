/** @jsxImportSource preact */
import { render } from 'preact';
import { RespondApp } from './RespondApp';
import './respond.css';

/*
 * The questionnaire behind a personal link (/q/<token>): its own small entry, built with Preact
 * instead of React so that a phone downloads a fraction of the dashboard's JavaScript. React and
 * react-dom alone measured 69 kB gzipped, over the page's 60 kB budget; Preact with hooks 6 kB.
 */
const container = document.getElementById('respond');
if (!container) throw new Error('respond.html has no #respond element');

const token = decodeURIComponent(window.location.pathname.replace(/^\/q\//, '').replace(/\/+$/, ''));
render(<RespondApp token={token} />, container);

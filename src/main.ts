import { loadAllFonts } from './styles/fonts';
import './styles/page.css';
import './elements/signage-app';

void loadAllFonts();

import '../styles/app.css';
import { createRoot } from 'react-dom/client';
import { AppModel } from '../state/app';
import { Layout } from './Layout';
import { Providers } from './providers';

const model = new AppModel();
void model.start();

createRoot(document.getElementById('root')!).render(
  <Providers model={model}>
    <Layout />
  </Providers>,
);

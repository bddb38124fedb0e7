import '../styles/app.css';
import { createRoot } from 'react-dom/client';
import { AppModel } from '../state/app';
import { Workbench } from '../state/workbench';
import { Layout } from './Layout';
import { Providers } from './providers';

const model = new AppModel();
const workbench = new Workbench(model);
void model.start();

createRoot(document.getElementById('root')!).render(
  <Providers model={model} workbench={workbench}>
    <Layout />
  </Providers>,
);

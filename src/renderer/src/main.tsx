import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/app'
import './app/app.css'
import './app/workbench.css'
import { initI18n } from './i18n/i18n'
import { createIpcClient } from './ipc/client'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
const i18n = initI18n()
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App client={createIpcClient()} />
    </I18nextProvider>
  </StrictMode>
)

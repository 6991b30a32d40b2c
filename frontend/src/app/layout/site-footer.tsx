import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSettings } from '@/lib/queries/settings';

export function SiteFooter() {
  const { t } = useTranslation();
  const accessibilityUrl = useSettings().data?.accessibilityStatementUrl;

  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-6 footer-col">
              <h2 className="h5">{t('layout.footerHeading')}</h2>
              <p>{t('layout.footerAbout')}</p>
            </div>
            <div className="col-12 col-md-6 footer-col">
              <ul className="unstyled-list">
                {accessibilityUrl && (
                  <li>
                    <a href={accessibilityUrl}>{t('layout.accessibilityStatement')}</a>
                  </li>
                )}
                <li>
                  <Link to="/privatliv">{t('layout.privacy')}</Link>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}

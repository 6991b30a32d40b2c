import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { guide, guideBelowK, guidePath, loggedInAs, serveGuide } from './lus-fixtures';

describe('conversation guide', () => {
  it('shows the three questions, each value’s strongest and weakest statements, and marks weak values in words', async () => {
    loggedInAs(['leader']);
    serveGuide();
    renderApp(guidePath);

    expect(await screen.findByRole('heading', { level: 1, name: 'Samtaleguide: Lars Holm Nielsen' })).toBeInTheDocument();
    const questions = within(screen.getByRole('region', { name: 'Spørgsmål til samtalen' })).getAllByRole('listitem');
    expect(questions.map((item) => item.textContent)).toEqual(guide.questions);

    const trust = screen.getByRole('region', { name: 'Tillid og dialog' });
    expect(trust).toHaveTextContent('Medarbejdernes gennemsnit3,5');
    expect(trust).toHaveTextContent('Selvvurdering (ikke anonym)4,0');
    expect(trust).toHaveTextContent('StærkestMin leder lytter til mig (medarbejdernes gennemsnit 4,2, selvvurdering 4,0)');
    expect(trust).toHaveTextContent('SvagestMin leder giver mig feedback (medarbejdernes gennemsnit 2,8, selvvurdering 4,0)');
    expect(trust).not.toHaveTextContent('Opmærksomhedspunkt');
    const direction = screen.getByRole('region', { name: 'Retning og mening Opmærksomhedspunkt' });
    expect(direction).toHaveTextContent('En af dine svageste værdier');
  });

  it('offers the dilemmas linked to the weak values as material for reflection, and a print button', async () => {
    loggedInAs(['leader']);
    serveGuide();
    renderApp(guidePath);
    const dilemmas = await screen.findByRole('region', { name: 'Dilemmaer til refleksion' });
    const dilemma = within(dilemmas).getByRole('article', { name: 'Dilemma 4: Nærvær eller overblik' });
    expect(dilemma).toHaveTextContent('Skal lederen være tæt på driften');
    expect(dilemma).toHaveTextContent('Belyser: Retning og mening');
    expect(screen.getByRole('button', { name: 'Udskriv guiden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skriv udviklingsplanen' })).toHaveAttribute('href', guidePath.replace('samtale', 'plan'));
  });

  it('below k labels every figure as the self-assessment it is, and never as the employees’', async () => {
    loggedInAs(['leader']);
    serveGuide(guideBelowK);
    renderApp(guidePath);
    expect(await screen.findByText(/Færre end 5 medarbejdere har svaret/)).toHaveTextContent('bygger derfor på din selvvurdering');
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent(/gennemsnit/i);
    expect(main).not.toHaveTextContent(/\bk\b/);
    const trust = screen.getByRole('region', { name: 'Tillid og dialog' });
    expect(trust).toHaveTextContent('Selvvurdering (ikke anonym)4,5');
    expect(trust).toHaveTextContent('StærkestMin leder lytter til mig (selvvurdering 5,0)');
    expect(screen.getByText('Der er ingen dilemmaer til dette ledelsesgrundlag.')).toBeInTheDocument();
  });

  it('speaks of the leader, not to the manager who reads it', async () => {
    loggedInAs(['manager']);
    serveGuide({ ...guideBelowK, relation: 'MANAGER' });
    renderApp(guidePath);
    expect(await screen.findByText(/Færre end 5 medarbejdere har svaret/)).toHaveTextContent('bygger derfor på lederens selvvurdering');
    expect(screen.getByText(/^Guiden er lederens forberedelse/)).toBeInTheDocument();
    expect(screen.getByText('En af lederens svageste værdier – et godt sted at begynde.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se udviklingsplanen' })).toBeInTheDocument();
  });
});

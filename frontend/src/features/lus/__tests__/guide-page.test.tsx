import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/testing/render-app';
import { guide, guidePath, loggedInAs, serveGuide } from './lus-fixtures';

describe('conversation guide', () => {
  it('shows the three questions, each value’s strongest and weakest statements, and marks weak values in words', async () => {
    loggedInAs(['leader']);
    serveGuide();
    renderApp(guidePath);

    expect(await screen.findByRole('heading', { level: 1, name: 'Samtaleguide: Lars Holm Nielsen' })).toBeInTheDocument();
    const questions = within(screen.getByRole('region', { name: 'Spørgsmål til samtalen' })).getAllByRole('listitem');
    expect(questions.map((item) => item.textContent)).toEqual(guide.questions);

    const trust = screen.getByRole('region', { name: 'Tillid og dialog' });
    expect(trust).toHaveTextContent('StærkestMin leder lytter til mig (gennemsnit 4,2, selvvurdering 4,0)');
    expect(trust).toHaveTextContent('SvagestMin leder giver mig feedback (gennemsnit 2,8, selvvurdering 4,0)');
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

  it('says so when the employees’ answers are hidden below k', async () => {
    loggedInAs(['leader']);
    serveGuide({ ...guide, employeesShown: false, dilemmas: [] });
    renderApp(guidePath);
    expect(await screen.findByText(/guiden bygger på din egen vurdering/)).toBeInTheDocument();
    expect(screen.getByText('Der er ingen dilemmaer til dette ledelsesgrundlag.')).toBeInTheDocument();
  });
});

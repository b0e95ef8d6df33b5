import { describe, expect, it } from 'vitest';
import { dateOf, namedIds } from './undatedText.testHelper.ts';
import data from '../../resources/gazetteer/newsEvents/national-es-it.json' with { type: 'json' };

/**
 * Spanish (Spain and Latin America) and Italian national news of gazetteer/newsEvents/national-es-it.json, read from
 * the real data: an article that names one of them with "ayer"/"ieri" or a weekday is dated just after it.
 */
/** The ids of this file's events. */
const MINE = new Set(data.events.map((e) => e.id));

describe('Spanish national news dates the article', () => {
  it.each([
    ['El accidente de Castelldefels se cobró ayer la vida de doce jóvenes. Un tren los arrolló cuando cruzaban las vías de la estación.', '2010-06-24'],
    ['La detención de Rodrigo Rato ayer en su domicilio de Madrid conmocionó al Partido Popular. El exvicepresidente salió escoltado por agentes de Vigilancia Aduanera.', '2015-04-17'],
    ['El nacimiento de la infanta Leonor ayer en la clínica Ruber llenó de alegría a la familia real. La niña pesó tres kilos y medio.', '2005-11-01'],
    ['La muerte de Seve Ballesteros ayer en Pedreña ha conmocionado al mundo del golf. El cántabro tenía 54 años.', '2011-05-08'],
    ['El asesinato de Ernest Lluch ayer en Barcelona provocó una oleada de indignación. Miles de personas se concentraron en la Diagonal.', '2000-11-22'],
    // Cerdán entered Soto del Real on Monday 2025-06-30; "el martes" is the next day.
    ['Tras el ingreso en prisión de Santos Cerdán, la ejecutiva del PSOE se reunió el martes de urgencia. Los dirigentes evitaron hablar con la prensa.', '2025-07-01'],
    // The copy words the name loosely ("encarcelamiento del extesorero Luis Bárcenas"); Bárcenas was jailed on Thursday 2013-06-27.
    ['El encarcelamiento del extesorero Luis Bárcenas el jueves abrió una crisis en el PP. El viernes la dirección del partido guardó silencio.', '2013-06-28'],
    ['La sentencia del Estatut, conocida ayer, recorta varios artículos del texto aprobado en referéndum. El Govern la considera una afrenta.', '2010-06-29'],
  ])('es (Spain): %s', (text, day) => {
    expect(dateOf(text, 'es')).toEqual({ value: day, precision: 'day' });
  });

  it.each([
    ['La extradición del Chapo Guzmán a Estados Unidos se concretó ayer. El capo viajó custodiado en un avión desde Ciudad Juárez.', '2017-01-20'],
    ['La muerte de Alan García ayer en Lima conmocionó al Perú. El expresidente se disparó cuando la policía llegó a detenerlo.', '2019-04-18'],
    ['La explosión de Amuay dejó ayer decenas de muertos en la península de Paraguaná. El incendio en la refinería seguía activo por la noche.', '2012-08-26'],
    ['El asesinato de Fernando Villavicencio ayer en Quito sacudió al Ecuador. El candidato fue atacado a tiros al salir de un mitin.', '2023-08-10'],
    ['La muerte de Pepe Mujica ayer en Montevideo provocó homenajes en toda América Latina. El expresidente tenía 89 años.', '2025-05-14'],
    ['El mordisco de Luis Suárez a Chiellini ayer en Natal recorrió el mundo. La FIFA abrió un expediente al delantero uruguayo.', '2014-06-25'],
    ['La muerte de Celia Cruz ayer en Nueva Jersey enlutó a la música latina. La Reina de la Salsa tenía 77 años.', '2003-07-17'],
    ['La captura de Rafael Caro Quintero ayer en Sinaloa fue celebrada por la DEA. El capo llevaba años prófugo.', '2022-07-16'],
    ['El indulto a Alberto Fujimori, concedido ayer en plena Nochebuena, desató protestas en Lima. Los familiares de las víctimas anunciaron recursos.', '2017-12-25'],
  ])('es (Latin America): %s', (text, day) => {
    expect(dateOf(text, 'es')).toEqual({ value: day, precision: 'day' });
  });
});

describe('Italian national news dates the article', () => {
  it.each([
    ['La strage di Corinaldo: sei persone sono morte ieri nella calca davanti alla discoteca. Centinaia di ragazzi aspettavano il concerto di un rapper.', '2018-12-09'],
    ['Il deragliamento di Pioltello ha provocato ieri tre morti tra i pendolari. Il treno regionale era diretto a Milano Porta Garibaldi.', '2018-01-26'],
    ['La morte di Umberto Eco ieri sera a Milano ha colpito il mondo della cultura. Lo scrittore aveva 84 anni.', '2016-02-20'],
    ["L'arresto di Michele Zagaria ieri a Casapesenna chiude una latitanza durata sedici anni. Il boss dei Casalesi si nascondeva in un bunker.", '2011-12-08'],
    ['Il rogo della ThyssenKrupp ha ferito gravemente ieri sette operai a Torino. Le fiamme sono divampate sulla linea 5 durante il turno di notte.', '2007-12-07'],
    // Napoli won the title at Udine on Thursday 2023-05-04; "venerdì" is the next day.
    ['Dopo il terzo scudetto del Napoli, conquistato giovedì sera a Udine, venerdì la città era ancora in festa. I tifosi hanno ballato fino all\'alba.', '2023-05-05'],
    ['La sentenza Open Arms è arrivata ieri a Palermo: Salvini è stato assolto perché il fatto non sussiste. Il leader della Lega ha parlato di una vittoria.', '2024-12-21'],
    ['Il crollo della Torre Piloti ha causato ieri sera diverse vittime nel porto di Genova. Una nave portacontainer ha urtato la struttura in manovra.', '2013-05-08'],
    ['La morte di Piero Angela ieri a Roma ha commosso il Paese. Il divulgatore aveva 93 anni.', '2022-08-14'],
    ["Il sequestro dell'Ilva deciso ieri dal gip di Taranto riguarda l'area a caldo. I sindacati hanno proclamato lo sciopero.", '2012-07-27'],
  ])('it: %s', (text, day) => {
    expect(dateOf(text, 'it')).toEqual({ value: day, precision: 'day' });
  });
});

describe('national-es-it names are found', () => {
  it.each([
    ['es', 'Desde el alto el fuego permanente de ETA el Gobierno exploró una negociación.', 'eta-permanent-ceasefire-2006'],
    ['es', 'El accidente del helicóptero Cougar dejó diecisiete militares muertos.', 'cougar-helicopter-crash-afghanistan-2005'],
    ['es', 'La nacionalización de Bankia costó miles de millones al Estado.', 'bankia-nationalisation-2012'],
    ['es', 'Tras la cumbre de las Azores, España apoyó la invasión de Irak.', 'azores-summit-2003'],
    ['es', 'Los indultos del procés dividieron a la opinión pública.', 'proces-pardons-2021'],
    ['es', 'El naufragio del Villa de Pitanxo fue el peor de la flota gallega en décadas.', 'villa-de-pitanxo-sinking-2022'],
    ['es', 'El primer título mundial de Fernando Alonso llegó en Interlagos.', 'alonso-first-f1-title-2005'],
    ['es', 'Desde el bombardeo de Angostura las relaciones con Ecuador se rompieron.', 'raul-reyes-killed-2008'],
    ['es', 'La masacre de Bojayá sigue marcando a las comunidades del Chocó.', 'bojaya-massacre-2002'],
    ['es', 'La tragedia de Mesa Redonda dejó cientos de muertos en el centro de Lima.', 'mesa-redonda-fire-2001'],
    ['es', 'Tras las protestas del 11J cientos de cubanos fueron encarcelados.', 'cuba-11j-protests-2021'],
    ['es', 'El asalto a TC Televisión fue transmitido en directo.', 'tc-television-storming-2024'],
    ['es', 'El incendio del Ycuá Bolaños es la peor tragedia del Paraguay moderno.', 'ycua-bolanos-fire-2004'],
    // Loosely: words between the name's own, and an inflected form.
    ['es', 'La detención del exministro Rodrigo Rato por la Agencia Tributaria abrió los informativos.', 'rodrigo-rato-detention-2015'],
    ['it', "Dopo la tragedia di piazza San Carlo il sindaco fu indagato.", 'piazza-san-carlo-stampede-2017'],
    ['it', 'La strage di Suviana ha riaperto il dibattito sulla sicurezza sul lavoro.', 'suviana-power-plant-explosion-2024'],
    ['it', 'Con il ciclone Cleopatra la Sardegna ha contato sedici vittime.', 'sardinia-cyclone-cleopatra-2013'],
    ['it', 'La retata di Mafia Capitale ha scosso il Campidoglio.', 'mafia-capitale-arrests-2014'],
    ['it', 'Il sequestro di Abu Omar coinvolse agenti della Cia.', 'abu-omar-abduction-2003'],
    ['it', "L'ultimo volo Alitalia è atterrato a Fiumicino.", 'alitalia-last-flight-2021'],
    ['it', "Dopo Italia-Svezia 0-0 il ct Ventura fu esonerato.", 'italy-sweden-world-cup-playoff-2017'],
    ['it', 'La morte di Totò Riina chiude una stagione della storia di Cosa nostra.', 'death-of-toto-riina-2017'],
    ['en', 'The Cubana Flight 972 crash killed 112 people.', 'cubana-972-crash-2018'],
    ['fr', "La remontada du Barça contre le PSG reste un traumatisme à Paris.", 'barcelona-psg-remontada-2017'],
  ])('%s: finds %s', (lang, text, id) => {
    expect(namedIds(text, lang)).toContain(id);
  });

  it.each([
    ['es', 'El Gobierno aprobó ayer los presupuestos. En Burgos, la Guardia Civil inauguró un nuevo cuartel y en Castelldefels se celebraron las fiestas.'],
    ['es', 'El Barcelona ganó al PSG en un partido amistoso; el alcalde de Murcia visitó una discoteca reformada.'],
    ['es', 'Ayer murieron once personas en un accidente de tráfico. El presidente visitó Matanzas y La Habana.'],
    ['es', 'Leonor y Sofía asistieron a un concierto en Oviedo. El rey presidió un acto en Barcelona.'],
    ['it', 'Il Napoli ha vinto ieri a Udine. In piazza San Carlo si è tenuto un concerto e a Genova il porto ha lavorato a pieno ritmo.'],
    ['it', 'Ieri a Lodi un treno regionale ha subito un guasto; a Bergamo si è votato per il consiglio comunale.'],
  ])('%s: an ordinary sentence names none of them (%#)', (lang, text) => {
    expect(namedIds(text, lang).filter((id) => MINE.has(id))).toEqual([]);
  });
});

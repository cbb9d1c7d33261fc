<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>A guide for people with back pain and those who advise them.</source>
        <translation>Una guía para las personas con dolor de espalda y para quienes las aconsejan.</translation>
    </message>
    <message>
        <source>Content version {version}</source>
        <translation>Versión del contenido: {version}</translation>
    </message>
    <message>
        <source>Last reviewed {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <source>Next review due {date}</source>
        <translation>Próxima revisión: {date}</translation>
    </message>
    <message>
        <source>BackGuide works offline and keeps your data on this computer.</source>
        <translation>BackGuide funciona sin conexión a internet y guarda sus datos en este ordenador.</translation>
    </message>
    <message>
        <source>About BackGuide</source>
        <translation>Acerca de BackGuide</translation>
    </message>
    <message>
        <source>Translated from the English guide, content version {version}, by {translator}.</source>
        <translation>Traducción de la guía en inglés, versión del contenido {version}, hecha por {translator}.</translation>
    </message>
    <message>
        <source>Translated from the guide in {language}, content version {version}, by {translator}.</source>
        <translation>Traducción de la guía en {language}, versión del contenido {version}, hecha por {translator}.</translation>
    </message>
    <message>
        <source>A clinician who is a native speaker has not reviewed this translation yet.</source>
        <translation>Un profesional de la salud de lengua materna española todavía no ha revisado esta traducción.</translation>
    </message>
    <message>
        <source>Translation reviewed by {reviewer} on {date}.</source>
        <translation>Traducción revisada por {reviewer} el {date}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>BackGuide works, but will not save your checklist or diary.</source>
        <translation>BackGuide funciona, pero no guardará su lista de alivio ni su diario.</translation>
    </message>
</context>
<context>
    <name>AreaList</name>
    <message>
        <source>&amp;Places where pain is felt</source>
        <translation>Lu&amp;gares donde se siente el dolor</translation>
    </message>
    <message>
        <source>&amp;Regions of the back</source>
        <translation>&amp;Partes de la espalda</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Selected</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Map of the back</source>
        <translation>Mapa de la espalda</translation>
    </message>
    <message>
        <source>Selected: {muscle} ({latin}), {area}</source>
        <translation>Ha elegido: {muscle} ({latin}), {area}</translation>
    </message>
    <message>
        <source>Selected: {area}</source>
        <translation>Ha elegido: {area}</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada elegido</translation>
    </message>
    <message>
        <source>Where does it hurt? Places where pain can be felt.</source>
        <translation>¿Dónde le duele? Lugares donde se puede sentir el dolor.</translation>
    </message>
    <message>
        <source>Muscles: regions of the back, seen from behind.</source>
        <translation>Músculos: partes de la espalda, vistas desde atrás.</translation>
    </message>
    <message>
        <source>Selected: {area}.</source>
        <translation>Ha elegido: {area}.</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nada elegido.</translation>
    </message>
    <message>
        <source>Arrow keys move, Enter chooses, Escape clears.</source>
        <translation>Use las flechas para moverse, Intro para elegir y Esc para borrar la elección.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>S&amp;kipped</source>
        <translation>&amp;Omitido</translation>
    </message>
    <message>
        <source>N&amp;ot for me</source>
        <translation>No es &amp;para mí</translation>
    </message>
    <message>
        <source>{step}: marked done.</source>
        <translation>{step}: marcado como hecho.</translation>
    </message>
    <message>
        <source>{step}: marked skipped.</source>
        <translation>{step}: marcado como omitido.</translation>
    </message>
    <message>
        <source>{step}: marked not for me.</source>
        <translation>{step}: marcado como no es para mí.</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>yesterday at {time}</source>
        <translation>ayer a las {time}</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <extracomment>A day of the month and its name, in Qt&apos;s format: &quot;3 November&quot;, &quot;3 de noviembre&quot;.</extracomment>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>on {day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <source>Relief checklist</source>
        <translation>Lista de alivio</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the checklist. Your answers are kept.</source>
        <translation>Cerrar la lista. Sus respuestas se guardan.</translation>
    </message>
    <message>
        <source>The checklist goes on, but is not saved any more.</source>
        <translation>La lista sigue, pero ya no se guarda.</translation>
    </message>
    <message>
        <source>{page}: {step}</source>
        <translation>{page}: {step}</translation>
    </message>
    <message>
        <source>Has anything changed?</source>
        <translation>¿Ha cambiado algo?</translation>
    </message>
    <message>
        <source>For: {region}</source>
        <translation>Para: {region}</translation>
    </message>
    <message>
        <source>General back care (no region chosen)</source>
        <translation>Cuidados generales de la espalda (sin elegir una parte)</translation>
    </message>
    <message>
        <source>Not being saved: your answers last only while BackGuide is open.</source>
        <translation>No se está guardando: sus respuestas solo duran mientras BackGuide esté abierto.</translation>
    </message>
    <message>
        <source>&amp;End checklist</source>
        <translation>Terminar la &amp;lista</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>First, a few safety questions. Most back pain is not serious, but these signs need a doctor quickly. Answer each one.</source>
        <translation>Primero, unas preguntas de seguridad. La mayor parte del dolor de espalda no es grave, pero con estas señales debe verle un médico pronto. Responda a todas.</translation>
    </message>
    <message>
        <source>Not urgent, but worth knowing: a yes here does not stop the checklist.</source>
        <translation>No es urgente, pero conviene saberlo: un sí aquí no detiene la lista.</translation>
    </message>
    <message numerus="yes">
        <source>You answered {count} safety questions {when}.</source>
        <translation>
            <numerusform>Respondió {count} pregunta de seguridad {when}.</numerusform>
            <numerusform>Respondió {count} preguntas de seguridad {when}.</numerusform>
        </translation>
    </message>
    <message>
        <source>You said yes to:</source>
        <translation>Respondió que sí a:</translation>
    </message>
    <message>
        <source>and no to the others.</source>
        <translation>y que no a las demás.</translation>
    </message>
    <message>
        <source>You said no to all of them.</source>
        <translation>Respondió que no a todas.</translation>
    </message>
    <message numerus="yes">
        <source>There are also {count} new questions for this part of the back.</source>
        <translation>
            <numerusform>Además, hay {count} pregunta nueva para esta parte de la espalda.</numerusform>
            <numerusform>Además, hay {count} preguntas nuevas para esta parte de la espalda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Has anything changed since then?</source>
        <translation>¿Ha cambiado algo desde entonces?</translation>
    </message>
    <message>
        <source>No, &amp;nothing has changed</source>
        <translation>No, &amp;nada ha cambiado</translation>
    </message>
    <message>
        <source>Yes, as&amp;k me again</source>
        <translation>Sí, &amp;pregúnteme otra vez</translation>
    </message>
    <message>
        <source>Your answers, one by one</source>
        <translation>Sus respuestas, una por una</translation>
    </message>
    <message>
        <source>&lt;b&gt;Call {number}&lt;/b&gt; ({where}) or go to an emergency department.</source>
        <extracomment>{number} is the emergency number (112, 911, 999), {where} where it is used.</extracomment>
        <translation>&lt;b&gt;Llame al {number}&lt;/b&gt; ({where}) o vaya a urgencias.</translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>En otros lugares:</translation>
    </message>
    <message>
        <source>You said you have:</source>
        <translation>Dijo que tiene:</translation>
    </message>
    <message>
        <source>Do not wait to see if it gets better, and do not carry on with the self-care steps. Do not drive yourself: ask someone to take you, or call for an ambulance. This checklist stops here. If you answered yes by mistake, press Back.</source>
        <translation>No espere a ver si mejora, y no siga con los pasos de cuidado personal. No conduzca usted mismo: pida a alguien que le lleve, o llame a una ambulancia. La lista se detiene aquí. Si respondió que sí por error, pulse Atrás.</translation>
    </message>
    <message>
        <source>I understand that I should be seen today</source>
        <translation>Entiendo que me deben atender hoy</translation>
    </message>
    <message>
        <source>You can go on with the checklist once you have read this.</source>
        <translation>Puede seguir con la lista cuando haya leído esto.</translation>
    </message>
    <message>
        <source>How long has your back hurt this time?</source>
        <translation>¿Cuánto tiempo lleva con dolor de espalda esta vez?</translation>
    </message>
    <message>
        <source>Are you working at the moment?</source>
        <translation>¿Trabaja en este momento?</translation>
    </message>
    <message>
        <source>Do any of these apply to you? Tick the ones that do.</source>
        <translation>¿Le pasa alguna de estas cosas? Marque las que le pasen.</translation>
    </message>
    <message>
        <source>Some steps are not safe for everyone. We will mark the ones that need care.</source>
        <translation>Algunos pasos no son seguros para todo el mundo. Marcaremos los que necesitan precaución.</translation>
    </message>
    <message>
        <source>Because of what you told us:</source>
        <translation>Por lo que nos ha dicho:</translation>
    </message>
    <message>
        <source>About this step: {step}</source>
        <translation>Sobre este paso: {step}</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo le fue?</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Dolor antes</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Dolor después</translation>
    </message>
    <message>
        <source>&amp;Pain before:</source>
        <translation>&amp;Dolor antes:</translation>
    </message>
    <message>
        <source>Pain af&amp;ter:</source>
        <translation>Dolor desp&amp;ués:</translation>
    </message>
    <message>
        <source>Anything you noticed (optional)</source>
        <translation>Lo que haya notado (si quiere)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Press Next to go through them one at a time.</source>
        <translation>Pulse Siguiente para verlos uno a uno.</translation>
    </message>
    <message>
        <source>You can stop here: press Next for your summary. Or open them to go through them one at a time.</source>
        <translation>Puede parar aquí: pulse Siguiente para ver su resumen. O ábralos para verlos uno a uno.</translation>
    </message>
    <message>
        <source>&amp;Show these steps</source>
        <translation>&amp;Ver estos pasos</translation>
    </message>
    <message>
        <source>Your summary</source>
        <translation>Su resumen</translation>
    </message>
    <message>
        <source>This checklist is finished and kept in your history.</source>
        <translation>Esta lista está terminada y se guarda en su historial.</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>Start the checklist again from the first question? The answers you have given in this checklist will be cleared.</source>
        <translation>¿Empezar la lista de nuevo desde la primera pregunta? Se borrarán las respuestas que ha dado en esta lista.</translation>
    </message>
    <message>
        <source>general back care</source>
        <translation>cuidados generales de la espalda</translation>
    </message>
    <message>
        <source>You have a checklist in progress ({where}).</source>
        <translation>Tiene una lista de alivio sin terminar ({where}).</translation>
    </message>
    <message>
        <source>&amp;Continue it</source>
        <translation>&amp;Continuar con ella</translation>
    </message>
    <message>
        <source>Start a &amp;new one</source>
        <translation>Empezar una &amp;nueva</translation>
    </message>
</context>
<context>
    <name>ChecklistHistoryDialog</name>
    <message>
        <source>Checklist history</source>
        <translation>Historial de listas de alivio</translation>
    </message>
    <message>
        <source>Finished checklists</source>
        <translation>Listas terminadas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>General back care</source>
        <translation>Cuidados generales de la espalda</translation>
    </message>
    <message>
        <source>No finished checklists yet.</source>
        <translation>Todavía no hay listas terminadas.</translation>
    </message>
</context>
<context>
    <name>ContentProblemsDialog</name>
    <message>
        <source>Problems in the content</source>
        <translation>Problemas en el contenido</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>Co&amp;piar al portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>The content folder has {count} problems.</source>
        <translation>
            <numerusform>La carpeta de contenido tiene {count} problema.</numerusform>
            <numerusform>La carpeta de contenido tiene {count} problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>BackGuide is showing its own built-in guide instead.</source>
        <translation>BackGuide muestra en su lugar la guía que trae incluida.</translation>
    </message>
    <message>
        <source>BackGuide cannot start without a sound guide; please reinstall it.</source>
        <translation>BackGuide no puede empezar sin una guía en buen estado; vuelva a instalarlo.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Sorry, something went wrong inside BackGuide.</source>
        <translation>Lo sentimos, algo ha fallado dentro de BackGuide.</translation>
    </message>
    <message>
        <source>The details were saved in {file}.</source>
        <translation>Los detalles se guardaron en {file}.</translation>
    </message>
    <message>
        <source>The details could not be saved to a file.</source>
        <translation>No se pudieron guardar los detalles en un archivo.</translation>
    </message>
    <message>
        <source>What you have saved (diary and checklist) is kept. You can carry on, or restart BackGuide if something looks wrong.</source>
        <translation>Lo que ha guardado (diario y lista de alivio) se conserva. Puede seguir, o reiniciar BackGuide si algo no parece ir bien.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A date in words, in Qt&apos;s format (d day, MMMM month name, yyyy year); words in quotes.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <extracomment>A date and time, short, in Qt&apos;s format (ddd weekday, MMM month, HH:mm time).</extracomment>
        <translation>ddd, d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>dd MMM yyyy, HH:mm</source>
        <extracomment>A date and time without the weekday, in Qt&apos;s format.</extracomment>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>What may help</source>
        <translation>Qué puede ayudar</translation>
    </message>
    <message>
        <source>Gentle movements</source>
        <translation>Movimientos suaves</translation>
    </message>
    <message>
        <source>Where pain goes</source>
        <translation>Adónde va el dolor</translation>
    </message>
    <message>
        <source>Why it hurts</source>
        <translation>Por qué duele</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Muscles that can send pain here</source>
        <translation>Músculos que pueden enviar dolor aquí</translation>
    </message>
    <message>
        <source>About back pain</source>
        <translation>Sobre el dolor de espalda</translation>
    </message>
    <message>
        <source>⚠ Urgent signs</source>
        <translation>⚠ Señales de alarma</translation>
    </message>
    <message>
        <source>Urgent signs for this area</source>
        <translation>Señales de alarma para esta zona</translation>
    </message>
    <message>
        <source>When to get help today or now</source>
        <translation>Cuándo pedir ayuda hoy o ahora mismo</translation>
    </message>
    <message>
        <source>Make a handout…</source>
        <translation>Hacer una hoja impresa…</translation>
    </message>
    <message>
        <source>Choose steps and movements and print a handout ({keys})</source>
        <translation>Elegir pasos y movimientos e imprimir una hoja ({keys})</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>{muscle} in {region}</source>
        <translation>{muscle} en {region}</translation>
    </message>
    <message>
        <source>{what}. {where} First things to try: {steps}.</source>
        <translation>{what}. {where} Lo primero que puede probar: {steps}.</translation>
    </message>
    <message>
        <source>Nothing chosen.</source>
        <translation>No ha elegido nada.</translation>
    </message>
</context>
<context>
    <name>DiaryChart</name>
    <message>
        <source>7-day average</source>
        <translation>Media de 7 días</translation>
    </message>
    <message>
        <source>Checklist step started</source>
        <translation>Paso de la lista empezado</translation>
    </message>
    <message>
        <source>Checklist step done</source>
        <translation>Paso de la lista hecho</translation>
    </message>
    <message>
        <source>No area given</source>
        <translation>Sin zona indicada</translation>
    </message>
    <message>
        <source>Pain chart</source>
        <translation>Gráfico del dolor</translation>
    </message>
    <message>
        <source>Pain {score} out of 10</source>
        <translation>Dolor {score} de 10</translation>
    </message>
    <message>
        <source>Checklist step started: {step}</source>
        <translation>Paso de la lista empezado: {step}</translation>
    </message>
    <message>
        <source>Checklist step done: {step}</source>
        <translation>Paso de la lista hecho: {step}</translation>
    </message>
    <message>
        <source>Each pain score is a symbol; the scores of one area are joined by a thin line (the key below the chart names the areas). Thick dashed line: the average of the last 7 days. Triangles: a checklist step started; diamonds: a step done.</source>
        <translation>Cada puntuación del dolor es un símbolo; las puntuaciones de una misma zona se unen con una línea fina (la leyenda bajo el gráfico nombra las zonas). Línea gruesa discontinua: la media de los últimos 7 días. Triángulos: un paso de la lista empezado; rombos: un paso hecho.</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Dolor (0-10)</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <source>{change} could not be undone or redone: {why}</source>
        <translation>No se pudo deshacer ni rehacer «{change}»: {why}</translation>
    </message>
    <message>
        <source>Add pain {score}</source>
        <translation>Anotar un dolor de {score}</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Modificar la entrada</translation>
    </message>
    <message>
        <source>Delete pain {score}</source>
        <translation>Borrar un dolor de {score}</translation>
    </message>
</context>
<context>
    <name>DiaryFiles</name>
    <message>
        <source>pain-diary-{date}.csv</source>
        <extracomment>The name offered for an exported diary; {date} is the day, as 2026-11-30.</extracomment>
        <translation>diario-del-dolor-{date}.csv</translation>
    </message>
    <message>
        <source>Export pain diary</source>
        <translation>Exportar el diario del dolor</translation>
    </message>
    <message>
        <source>The diary was not exported.</source>
        <translation>El diario no se ha exportado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} entries to {file}.</source>
        <translation>
            <numerusform>Se exportó {count} entrada a {file}.</numerusform>
            <numerusform>Se exportaron {count} entradas a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import pain diary</source>
        <translation>Importar un diario del dolor</translation>
    </message>
    <message>
        <source>(line {line})</source>
        <translation>(línea {line})</translation>
    </message>
    <message>
        <source>{file} cannot be imported.</source>
        <translation>No se puede importar {file}.</translation>
    </message>
    <message>
        <source>{file} has no rows that can be imported.</source>
        <translation>{file} no tiene ninguna fila que se pueda importar.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}.</source>
        <translation>No se importó nada de {file}.</translation>
    </message>
    <message>
        <source>The diary was not imported.</source>
        <translation>El diario no se ha importado.</translation>
    </message>
    <message numerus="yes">
        <source>Imported {count} entries from {file}</source>
        <translation>
            <numerusform>Se importó {count} entrada de {file}</numerusform>
            <numerusform>Se importaron {count} entradas de {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} were already in the diary</source>
        <translation>
            <numerusform>{count} ya estaba en el diario</numerusform>
            <numerusform>{count} ya estaban en el diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rows of {file} have problems, so nothing has been imported yet.</source>
        <translation>
            <numerusform>{count} fila de {file} tiene problemas, así que todavía no se ha importado nada.</numerusform>
            <numerusform>{count} filas de {file} tienen problemas, así que todavía no se ha importado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more (see the details).</source>
        <translation>
            <numerusform>… y {count} más (vea los detalles).</numerusform>
            <numerusform>… y {count} más (vea los detalles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the {count} good rows?</source>
        <translation>
            <numerusform>¿Importar la {count} fila correcta?</numerusform>
            <numerusform>¿Importar las {count} filas correctas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Diario del dolor</translation>
    </message>
</context>
<context>
    <name>DiaryReport</name>
    <message>
        <source>the report has no place for its chart</source>
        <translation>el informe no tiene sitio para su gráfico</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>cannot print the report to {where}</source>
        <translation>no se puede imprimir el informe en {where}</translation>
    </message>
    <message>
        <source>Pain over the last {days} days.</source>
        <translation>El dolor en los últimos {days} días.</translation>
    </message>
</context>
<context>
    <name>DiaryTable</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>DiaryWindow</name>
    <message>
        <source>Pain diary</source>
        <translation>Diario del dolor</translation>
    </message>
    <message>
        <source>Your diary is not being saved: what you log here is kept only until BackGuide closes.</source>
        <translation>Su diario no se está guardando: lo que anote aquí solo se conserva hasta que cierre BackGuide.</translation>
    </message>
    <message>
        <source>Your diary is open read-only: nothing can be added.</source>
        <translation>Su diario está abierto solo para leer: no se puede añadir nada.</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Anotar el dolor</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <extracomment>The format of the date and time field, in Qt&apos;s format (ddd weekday, MMM month).</extracomment>
        <translation>ddd, d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Pain from 0 to 10</source>
        <translation>Dolor de 0 a 10</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable). Keys 0-9 set it; 1 then 0 gives 10.</source>
        <translation>Dolor de 0 (nada) a 10 (el peor que se pueda imaginar). Las teclas 0-9 lo marcan; 1 y luego 0 da 10.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>What you were doing, what helped…</source>
        <translation>Qué estaba haciendo, qué le ayudó…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Cancelar el cambio</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Zona</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>Do&amp;lor</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show the last week</source>
        <translation>Mostrar la última semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Show the last month</source>
        <translation>Mostrar el último mes</translation>
    </message>
    <message>
        <source>A&amp;ll</source>
        <translation>&amp;Todo</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Diary entries, newest first</source>
        <translation>Entradas del diario, las más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Log pain</source>
        <translation>&amp;Anotar el dolor</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Im&amp;primir el informe…</translation>
    </message>
    <message>
        <source>&amp;Save report as PDF…</source>
        <translation>&amp;Guardar el informe en PDF…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Edit entry</source>
        <translation>&amp;Modificar la entrada</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Borrar la entrada</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Keep a copy of the data file</source>
        <translation>Guardar una copia del archivo de datos</translation>
    </message>
    <message>
        <source>Diary messages</source>
        <translation>Mensajes del diario</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modificar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation>Imprimir informe…</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>Informe en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{region} (not in this guide)</source>
        <translation>{region} (no está en esta guía)</translation>
    </message>
    <message numerus="yes">
        <source>{count} entries</source>
        <translation>
            <numerusform>{count} entrada</numerusform>
            <numerusform>{count} entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every area</source>
        <translation>Mostrar todas las zonas</translation>
    </message>
    <message>
        <source>Areas: all</source>
        <translation>Zonas: todas</translation>
    </message>
    <message>
        <source>Areas: {shown} of {total}</source>
        <translation>Zonas: {shown} de {total}</translation>
    </message>
    <message>
        <source>Choose the areas the chart shows; {areas}</source>
        <translation>Elegir las zonas que muestra el gráfico; {areas}</translation>
    </message>
    <message>
        <source>A copy of your data file, damaged rows included, was kept: {file}</source>
        <translation>Se guardó una copia de su archivo de datos, con las filas dañadas incluidas: {file}</translation>
    </message>
    <message>
        <source>That time is in the future. Choose the time the pain was felt.</source>
        <translation>Esa hora todavía no ha llegado. Elija la hora en que sintió el dolor.</translation>
    </message>
    <message>
        <source>That entry is already in the diary.</source>
        <translation>Esa entrada ya está en el diario.</translation>
    </message>
    <message>
        <source>The entry was not saved: {why}</source>
        <translation>La entrada no se guardó: {why}</translation>
    </message>
    <message>
        <source>no particular area</source>
        <translation>ninguna zona en concreto</translation>
    </message>
    <message>
        <source>Logged pain {score} for {area} ({when}).</source>
        <translation>Se ha anotado un dolor de {score} en {area} ({when}).</translation>
    </message>
    <message>
        <source>Choose an entry in the list first.</source>
        <translation>Primero elija una entrada de la lista.</translation>
    </message>
    <message>
        <source>Edit the entry of {when}</source>
        <translation>Modificar la entrada del {when}</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>The change was not saved: {why}</source>
        <translation>El cambio no se guardó: {why}</translation>
    </message>
    <message>
        <source>Changed the entry of {when}.</source>
        <translation>Se ha modificado la entrada del {when}.</translation>
    </message>
    <message>
        <source>The entry was not deleted: {why}</source>
        <translation>La entrada no se borró: {why}</translation>
    </message>
    <message>
        <source>Deleted the entry of {when}. Undo brings it back ({keys}).</source>
        <translation>Se ha borrado la entrada del {when}. Deshacer la recupera ({keys}).</translation>
    </message>
    <message>
        <source>Undone: {change}.</source>
        <translation>Deshecho: {change}.</translation>
    </message>
    <message>
        <source>Redone: {change}.</source>
        <translation>Rehecho: {change}.</translation>
    </message>
    <message>
        <source>The report was not saved.</source>
        <translation>El informe no se ha guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the diary report ({count} pages) to {file}.</source>
        <translation>
            <numerusform>Se guardó el informe del diario ({count} página) en {file}.</numerusform>
            <numerusform>Se guardó el informe del diario ({count} páginas) en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>pain-diary-report-{date}.pdf</source>
        <extracomment>The name offered for a saved report; {date} is the day, as 2026-11-30.</extracomment>
        <translation>informe-diario-del-dolor-{date}.pdf</translation>
    </message>
    <message>
        <source>Save the diary report</source>
        <translation>Guardar el informe del diario</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the diary report</source>
        <translation>Imprimir el informe del diario</translation>
    </message>
    <message>
        <source>The report was not printed.</source>
        <translation>El informe no se ha imprimido.</translation>
    </message>
    <message numerus="yes">
        <source>Sent the diary report ({count} pages) to {printer}.</source>
        <translation>
            <numerusform>Se envió el informe del diario ({count} página) a {printer}.</numerusform>
            <numerusform>Se envió el informe del diario ({count} páginas) a {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explorer</name>
    <message>
        <source>Where does it hurt?: places where pain is felt</source>
        <translation>¿Dónde le duele?: lugares donde se siente el dolor</translation>
    </message>
    <message>
        <source>Muscles: regions of the back</source>
        <translation>Músculos: partes de la espalda</translation>
    </message>
    <message>
        <source>Clear choice</source>
        <translation>Borrar la elección</translation>
    </message>
    <message>
        <source>Forget the chosen area (Escape on the map)</source>
        <translation>Olvidar la zona elegida (tecla Esc en el mapa)</translation>
    </message>
    <message>
        <source>Start relief checklist</source>
        <translation>Empezar la lista de alivio</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <source>&amp;New handout…</source>
        <translation>&amp;Nueva hoja impresa…</translation>
    </message>
    <message>
        <source>Choose the regions, steps and movements for a handout, with your clinic&apos;s details</source>
        <translation>Elegir las partes de la espalda, los pasos y los movimientos de una hoja impresa, con los datos de su centro</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir la hoja…</translation>
    </message>
    <message>
        <source>Print a handout about the chosen area</source>
        <translation>Imprimir una hoja sobre la zona elegida</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de la hoja…</translation>
    </message>
    <message>
        <source>See the handout before printing it</source>
        <translation>Ver la hoja antes de imprimirla</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Guardar la hoja en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save a handout about the chosen area as a PDF</source>
        <translation>Guardar en PDF una hoja sobre la zona elegida</translation>
    </message>
    <message>
        <source>back pain in general</source>
        <translation>el dolor de espalda en general</translation>
    </message>
    <message>
        <source>The handout was not saved.</source>
        <translation>La hoja no se ha guardado.</translation>
    </message>
    <message>
        <source>The handout was not printed.</source>
        <translation>La hoja no se ha imprimido.</translation>
    </message>
    <message numerus="yes">
        <source>Sent the handout ({count} pages) to {printer}</source>
        <translation>
            <numerusform>Se envió la hoja ({count} página) a {printer}</numerusform>
            <numerusform>Se envió la hoja ({count} páginas) a {printer}</numerusform>
        </translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hoja impresa</translation>
    </message>
    <message numerus="yes">
        <source>Saved the handout ({count} pages) to {file}</source>
        <translation>
            <numerusform>Se guardó la hoja ({count} página) en {file}</numerusform>
            <numerusform>Se guardó la hoja ({count} páginas) en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>BackGuide handout - {subject}</source>
        <translation>Hoja de BackGuide - {subject}</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir la hoja</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <source>Include {movement}</source>
        <translation>Incluir {movement}</translation>
    </message>
    <message>
        <source>minutes</source>
        <extracomment>After the number of a spin box: 10 minutes, 10 times (repetitions).</extracomment>
        <translation>minutos</translation>
    </message>
    <message>
        <source>times</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>{movement}: minutes</source>
        <translation>{movement}: minutos</translation>
    </message>
    <message>
        <source>{movement}: repetitions</source>
        <translation>{movement}: repeticiones</translation>
    </message>
    <message>
        <source>s hold</source>
        <extracomment>After a number of seconds, in the &quot;Hold&quot; column: 5 s hold.</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>{movement}: hold, in seconds</source>
        <translation>{movement}: mantener la postura, en segundos</translation>
    </message>
    <message>
        <source>× a day</source>
        <extracomment>After a number: 3 × a day.</extracomment>
        <translation>× al día</translation>
    </message>
    <message>
        <source>{movement}: times a day</source>
        <translation>{movement}: veces al día</translation>
    </message>
    <message>
        <source>New handout</source>
        <translation>Nueva hoja impresa</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>&amp;Guardar como plantilla…</translation>
    </message>
    <message>
        <source>L&amp;oad template…</source>
        <translation>&amp;Abrir una plantilla…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Regions (tick both sides for both)</source>
        <translation>&amp;Partes de la espalda (marque los dos lados si quiere ambos)</translation>
    </message>
    <message>
        <source>Regions on the handout</source>
        <translation>Partes de la espalda en la hoja</translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation>Pa&amp;sos</translation>
    </message>
    <message>
        <source>{step} (not recommended)</source>
        <translation>{step} (no recomendado)</translation>
    </message>
    <message>
        <source>Steps on the handout</source>
        <translation>Pasos en la hoja</translation>
    </message>
    <message>
        <source>&amp;Movements and doses</source>
        <translation>&amp;Movimientos y dosis</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movimiento</translation>
    </message>
    <message>
        <source>Repetitions or minutes</source>
        <translation>Repeticiones o minutos</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>For the patient</source>
        <translation>Para el paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>optional; kept only in a saved template</source>
        <translation>opcional; solo se conserva si guarda una plantilla</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>&amp;Follow-up on</source>
        <translation>Cita de &amp;revisión el</translation>
    </message>
    <message>
        <source>Print a follow-up date</source>
        <translation>Imprimir una fecha de revisión</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The follow-up date&apos;s format, in Qt&apos;s format (d day, MMMM month name, yyyy year).</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>&amp;Patient&apos;s name:</source>
        <translation>&amp;Nombre del paciente:</translation>
    </message>
    <message>
        <source>&amp;Advice:</source>
        <translation>Conse&amp;jos:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>Clinic (remembered for the next handout)</source>
        <translation>Centro (se recuerda para la próxima hoja)</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>Nom&amp;bre del centro:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Dire&amp;cción:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Lo&amp;go image:</source>
        <translation>L&amp;ogotipo (imagen):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen de logotipo</translation>
    </message>
    <message>
        <source>The preview cannot be shown: {why}.</source>
        <translation>No se puede mostrar la vista previa: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} pages</source>
        <translation>
            <numerusform>{count} página</numerusform>
            <numerusform>{count} páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hoja impresa</translation>
    </message>
    <message>
        <source>The handout was not saved.</source>
        <translation>La hoja no se ha guardado.</translation>
    </message>
    <message>
        <source>The template was not saved.</source>
        <translation>La plantilla no se ha guardado.</translation>
    </message>
    <message>
        <source>Saved the template to {file}</source>
        <translation>Plantilla guardada en {file}</translation>
    </message>
    <message>
        <source>The template was not loaded.</source>
        <translation>La plantilla no se ha abierto.</translation>
    </message>
    <message>
        <source>Loaded {file}</source>
        <translation>Abierta: {file}</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>hoja</translation>
    </message>
    <message>
        <source>Save handout template</source>
        <translation>Guardar la plantilla de la hoja</translation>
    </message>
    <message>
        <source>Handout templates (*.yaml *.yml)</source>
        <translation>Plantillas de hojas (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Load handout template</source>
        <translation>Abrir una plantilla de hoja</translation>
    </message>
    <message>
        <source>BackGuide handout - {subject}</source>
        <translation>Hoja de BackGuide - {subject}</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar la hoja en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <source>The handout was not printed.</source>
        <translation>La hoja no se ha imprimido.</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Elegir el logotipo del centro</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>HandoutOptions</name>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
</context>
<context>
    <name>HandoutOptionsDialog</name>
    <message>
        <source>Handout</source>
        <translation>Hoja impresa</translation>
    </message>
    <message>
        <source>&amp;Full guide (all steps, explanations and sources)</source>
        <translation>Guía &amp;completa (todos los pasos, explicaciones y fuentes)</translation>
    </message>
    <message>
        <source>Print everything the guide says on this subject instead of the short handout (many pages).</source>
        <translation>Imprimir todo lo que la guía dice sobre este tema en lugar de la hoja breve (muchas páginas).</translation>
    </message>
    <message>
        <source>&amp;Large print (14 pt text)</source>
        <translation>Letra &amp;grande (texto de 14 pt)</translation>
    </message>
    <message>
        <source>Include my relief &amp;checklist progress</source>
        <translation>Incluir mi progreso en la &amp;lista de alivio</translation>
    </message>
    <message>
        <source>There is no saved checklist to include yet.</source>
        <translation>Todavía no hay ninguna lista guardada que incluir.</translation>
    </message>
    <message>
        <source>Include my pain &amp;diary chart</source>
        <translation>Incluir el gráfico de mi &amp;diario del dolor</translation>
    </message>
    <message>
        <source>The pain diary chart cannot be printed yet.</source>
        <translation>El gráfico del diario del dolor todavía no se puede imprimir.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>The full guide about &lt;b&gt;{subject}&lt;/b&gt;: the urgent signs, every self-care step with its explanation and evidence, and the sources.</source>
        <translation>La guía completa sobre &lt;b&gt;{subject}&lt;/b&gt;: las señales de alarma, cada paso de cuidado personal con su explicación y su evidencia, y las fuentes.</translation>
    </message>
    <message>
        <source>A short handout about &lt;b&gt;{subject}&lt;/b&gt;: the urgent signs and a plan of self-care steps and movements, each with how sure the research is.</source>
        <translation>Una hoja breve sobre &lt;b&gt;{subject}&lt;/b&gt;: las señales de alarma y un plan de pasos de cuidado personal y movimientos, cada uno con el grado de certeza de la investigación.</translation>
    </message>
</context>
<context>
    <name>HandoutPrintPreview</name>
    <message>
        <source>Print preview: {handout}</source>
        <translation>Vista previa: {handout}</translation>
    </message>
</context>
<context>
    <name>HandoutPrinting</name>
    <message>
        <source>the logo &apos;{file}&apos; is not an image this app can read (use a PNG or JPEG file)</source>
        <translation>el logotipo «{file}» no es una imagen que esta aplicación pueda leer (use un archivo PNG o JPEG)</translation>
    </message>
    <message>
        <source>the handout has no place for its drawing</source>
        <translation>la hoja no tiene sitio para su dibujo</translation>
    </message>
    <message>
        <source>the PDF&apos;s title and language could not be added: {why}</source>
        <translation>no se pudieron añadir el título y el idioma del PDF: {why}</translation>
    </message>
    <message>
        <source>no printer called &apos;{printer}&apos;; printers here: {printers}</source>
        <translation>no hay ninguna impresora llamada «{printer}»; impresoras de este ordenador: {printers}</translation>
    </message>
    <message>
        <source>no printer called &apos;{printer}&apos;; this computer has no printers set up</source>
        <translation>no hay ninguna impresora llamada «{printer}»; este ordenador no tiene impresoras configuradas</translation>
    </message>
    <message>
        <source>the handout has only {count} pages</source>
        <translation>la hoja solo tiene {count} páginas</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>cannot print the handout to {where}</source>
        <translation>no se puede imprimir la hoja en {where}</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>BackGuide will be in Spanish the next time it starts.</source>
        <translation>BackGuide aparecerá en español la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>BackGuide will be in English the next time it starts.</source>
        <translation>BackGuide aparecerá en inglés la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Restart BackGuide now? Your diary and checklist are kept.</source>
        <translation>¿Reiniciar BackGuide ahora? Su diario y su lista de alivio se conservan.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open content folder…</source>
        <translation>&amp;Abrir una carpeta de contenido…</translation>
    </message>
    <message>
        <source>Use a clinic&apos;s own content folder</source>
        <translation>Usar la carpeta de contenido propia de un centro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Muscles</source>
        <translation>&amp;Músculos</translation>
    </message>
    <message>
        <source>Click a region of the back</source>
        <translation>Haga clic en una parte de la espalda</translation>
    </message>
    <message>
        <source>&amp;Where does it hurt?</source>
        <translation>¿&amp;Dónde le duele?</translation>
    </message>
    <message>
        <source>Click the place where you feel pain</source>
        <translation>Haga clic en el lugar donde siente el dolor</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Move the keyboard to the list, the map or the text</source>
        <translation>Llevar el teclado a la lista, al mapa o al texto</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Panel an&amp;terior</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Urgent signs</source>
        <translation>&amp;Señales de alarma</translation>
    </message>
    <message>
        <source>Signs that need a doctor today or now</source>
        <translation>Señales por las que debe verle un médico hoy o ahora mismo</translation>
    </message>
    <message>
        <source>&amp;About BackGuide</source>
        <translation>&amp;Acerca de BackGuide</translation>
    </message>
    <message>
        <source>About &amp;back pain</source>
        <translation>Sobre el dolor de &amp;espalda</translation>
    </message>
    <message>
        <source>What is true of back pain wherever it hurts</source>
        <translation>Lo que vale para el dolor de espalda, duela donde duela</translation>
    </message>
    <message>
        <source>Start relief &amp;checklist</source>
        <translation>Empezar la &amp;lista de alivio</translation>
    </message>
    <message>
        <source>Step through what may help, starting with the safety questions</source>
        <translation>Ver paso a paso lo que puede ayudar, empezando por las preguntas de seguridad</translation>
    </message>
    <message>
        <source>Checklist &amp;history…</source>
        <translation>&amp;Historial de listas…</translation>
    </message>
    <message>
        <source>Pain &amp;diary…</source>
        <translation>&amp;Diario del dolor…</translation>
    </message>
    <message>
        <source>Your pain scores over time, with a chart</source>
        <translation>Sus puntuaciones del dolor a lo largo del tiempo, con un gráfico</translation>
    </message>
    <message>
        <source>&amp;Log pain</source>
        <translation>&amp;Anotar el dolor</translation>
    </message>
    <message>
        <source>Note how much it hurts now</source>
        <translation>Anotar cuánto le duele ahora</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>⚠ Urgent signs</source>
        <translation>⚠ Señales de alarma</translation>
    </message>
    <message>
        <source>Urgent signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Tamaño del te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Content version {version}, reviewed {date}. Not a diagnosis. Not a substitute for medical care.</source>
        <translation>Versión del contenido {version}, revisada el {date}. No es un diagnóstico. No sustituye la atención médica.</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <source>Checklists are not being saved, so there is no history.</source>
        <translation>Las listas de alivio no se están guardando, así que no hay historial.</translation>
    </message>
    <message>
        <source>About back pain</source>
        <translation>Sobre el dolor de espalda</translation>
    </message>
    <message>
        <source>Open content folder</source>
        <translation>Abrir una carpeta de contenido</translation>
    </message>
    <message numerus="yes">
        <source>The folder {folder} has {count} problems after a change on disk, so BackGuide keeps showing the last good version.</source>
        <translation>
            <numerusform>La carpeta {folder} tiene {count} problema después de un cambio en el disco, así que BackGuide sigue mostrando la última versión correcta.</numerusform>
            <numerusform>La carpeta {folder} tiene {count} problemas después de un cambio en el disco, así que BackGuide sigue mostrando la última versión correcta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder {folder} has {count} problems, so BackGuide keeps the guide it is showing now.</source>
        <translation>
            <numerusform>La carpeta {folder} tiene {count} problema, así que BackGuide mantiene la guía que muestra ahora.</numerusform>
            <numerusform>La carpeta {folder} tiene {count} problemas, así que BackGuide mantiene la guía que muestra ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>Places where pain can be felt: click one</source>
        <translation>Lugares donde se puede sentir el dolor: haga clic en uno</translation>
    </message>
    <message>
        <source>Chosen place</source>
        <translation>Lugar elegido</translation>
    </message>
    <message>
        <source>Chosen area</source>
        <translation>Zona elegida</translation>
    </message>
    <message>
        <source>Pain usually felt here</source>
        <translation>El dolor se suele sentir aquí</translation>
    </message>
    <message>
        <source>Pain sometimes felt here</source>
        <translation>El dolor a veces se siente aquí</translation>
    </message>
    <message>
        <source>Map key: {lines}</source>
        <translation>Leyenda del mapa: {lines}</translation>
    </message>
</context>
<context>
    <name>MovementsBox</name>
    <message>
        <source>Gentle movements to try</source>
        <translation>Movimientos suaves para probar</translation>
    </message>
    <message>
        <source>tick each one you do, and say how your pain was before and after (0 = no pain, 10 = worst).</source>
        <translation>marque cada uno que haga, y diga cómo era su dolor antes y después (0 = sin dolor, 10 = el peor).</translation>
    </message>
    <message>
        <source>Picture: {movement}</source>
        <translation>Imagen: {movement}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done: {movement}</source>
        <translation>Hecho: {movement}</translation>
    </message>
    <message>
        <source>Pain before {movement}</source>
        <translation>Dolor antes de {movement}</translation>
    </message>
    <message>
        <source>Pain after {movement}</source>
        <translation>Dolor después de {movement}</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
</context>
<context>
    <name>OpenFolderButton</name>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Open {folder}</source>
        <translation>Abrir {folder}</translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>No more headings</source>
        <translation>No hay más títulos</translation>
    </message>
    <message>
        <source>No headings before this</source>
        <translation>No hay títulos antes de este</translation>
    </message>
    <message>
        <source>{heading}, heading level {level}</source>
        <translation>{heading}, título de nivel {level}</translation>
    </message>
    <message>
        <source>Picture: {words}</source>
        <translation>Imagen: {words}</translation>
    </message>
    <message>
        <source>{words}, link</source>
        <translation>{words}, enlace</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>no pain</source>
        <translation>sin dolor</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>intenso</translation>
    </message>
    <message>
        <source>{score} out of 10, {word}</source>
        <translation>{score} de 10, {word}</translation>
    </message>
    <message>
        <source>{name}, from 0 to 10</source>
        <translation>{name}, de 0 a 10</translation>
    </message>
    <message>
        <source>Pain from 0 (none) to 10 (worst imaginable). Keys 0-9 set it; 1 then 0 gives 10. Delete clears it.</source>
        <translation>Dolor de 0 (nada) a 10 (el peor que se pueda imaginar). Las teclas 0-9 lo marcan; 1 y luego 0 da 10. Supr lo borra.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear {name}</source>
        <translation>Borrar {name}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
</context>
<context>
    <name>TextSize</name>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <source>L&amp;arger</source>
        <translation>&amp;Más grande</translation>
    </message>
</context>
<context>
    <name>UrgentSignsDialog</name>
    <message>
        <source>Urgent signs</source>
        <translation>Señales de alarma</translation>
    </message>
    <message>
        <source>Back pain with any of these signs needs checking. They do not mean you have a serious illness, but a doctor should look.</source>
        <translation>El dolor de espalda con alguna de estas señales se debe revisar. No significan que tenga una enfermedad grave, pero conviene que le vea un médico.</translation>
    </message>
</context>
</TS>

"""A speech server for Orca that writes what Orca says to a file instead of speaking.

Orca loads it by name: the test's Orca settings (user-settings.conf) set
``speechServerFactory`` to this module, and Orca puts its settings folder
(where the test copies this file) on ``sys.path``. Each utterance becomes one
line of the file named by ``$BACKGUIDE_SPEECH_LOG``; echoed keys are written
as ``key: NAME`` so a test can tell them from speech. No synthesizer, no
sound card, no speech-dispatcher.
"""

import os

from orca import speechserver


def _write(line):
    path = os.environ.get("BACKGUIDE_SPEECH_LOG")
    if path:
        with open(path, "a", encoding="utf-8") as log:
            log.write(" ".join(str(line).split()) + "\n")


class SpeechServer(speechserver.SpeechServer):
    _server = None

    @staticmethod
    def getFactoryName():
        return "Transcript"

    @staticmethod
    def getSpeechServers():
        return [SpeechServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        if SpeechServer._server is None:
            SpeechServer._server = SpeechServer()
        return SpeechServer._server

    @staticmethod
    def shutdownActiveServers():
        SpeechServer._server = None

    def getInfo(self):
        return ["Transcript", "transcript"]

    def getVoiceFamilies(self):
        return []

    def speak(self, text=None, acss=None, interrupt=True):
        if text:
            _write(text)

    def speakCharacter(self, character, acss=None):
        _write(character)

    def speakKeyEvent(self, event, acss=None):
        _write(f"key: {event.getKeyName()}")

    def sayAll(self, utteranceIterator, progressCallback):
        for context, _acss in utteranceIterator:
            _write(context.utterance)
            progressCallback(context, speechserver.SayAllContext.COMPLETED)

    def increaseSpeechRate(self, step=5):
        pass

    def decreaseSpeechRate(self, step=5):
        pass

    def increaseSpeechPitch(self, step=0.5):
        pass

    def decreaseSpeechPitch(self, step=0.5):
        pass

    def updateCapitalizationStyle(self):
        pass

    def updatePunctuationLevel(self):
        pass

    def stop(self):
        pass

    def shutdown(self):
        pass

    def reset(self, text=None, acss=None):
        pass
